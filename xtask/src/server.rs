//! Runs the reference backend as a child process for the demo and the end-to-end tests.

use std::{
    io::{BufRead, BufReader},
    net::TcpListener,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
};

/// The shop origin the test backend allows (CORS is checked against it by the conformance run).
pub const TEST_SHOP_ORIGIN: &str = "https://shop.example";

use anyhow::{bail, Context, Result};

use crate::{cargo, root, run, step};

/// The admin token of the local demo (it listens on loopback by default).
pub const DEMO_ADMIN_TOKEN: &str = "demo-admin";
/// The demo's ingest key (README's curl example uses it).
pub const DEMO_INGEST_KEY: &str = "demo-ingest";

/// A running reference backend; stopped when dropped.
pub struct Server {
    child: Child,
    pub url: String,
    /// Bearer token of the backend's /admin endpoints.
    pub admin_token: String,
    scratch: Option<PathBuf>,
}

impl Server {
    /// On a free port with a new database (seeded with the demo data), for tests.
    pub fn start_fresh() -> Result<Server> {
        let scratch = root()
            .join("target/xtask-tmp")
            .join(format!("run-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&scratch);
        crate::setup::ensure_dir(&scratch)?;
        // The detector runs only when a test asks for it, so that runs are deterministic.
        let token = format!(
            "test-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)?
                .as_nanos()
        );
        let ingest = format!("ingest-{token}");
        let mut server = Server::spawn(
            &scratch.join("sportello.db"),
            "127.0.0.1:0",
            "warn",
            // Every e2e journey looks up from 127.0.0.1: the per-client limit is tested in the
            // server's HTTP tests instead.
            &[
                "--detector-interval",
                "0",
                "--admin-token",
                &token,
                "--ingest-key",
                &ingest,
                "--lookups-per-minute",
                "1000",
                "--writes-per-minute",
                "1000",
                "--photo-mb-per-hour",
                "10000",
                "--cors-origin",
                TEST_SHOP_ORIGIN,
            ],
        )?;
        server.admin_token = token;
        server.scratch = Some(scratch);
        Ok(server)
    }

    /// A release build on a free port with a new demo database and limits out of the way, for
    /// `cargo xtask bench`.
    pub fn start_bench() -> Result<Server> {
        let scratch = root()
            .join("target/xtask-tmp")
            .join(format!("bench-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&scratch);
        crate::setup::ensure_dir(&scratch)?;
        let mut server = Server::spawn_profile(
            "release",
            &scratch.join("sportello.db"),
            "127.0.0.1:0",
            "warn",
            &[
                "--detector-interval",
                "0",
                "--lookups-per-minute",
                "100000000",
                "--writes-per-minute",
                "100000000",
                "--photo-mb-per-hour",
                "100000000",
            ],
        )?;
        server.scratch = Some(scratch);
        Ok(server)
    }

    /// At `addr` (or, if that port is taken, a free one) on the database at `db`.
    pub fn start(db: &Path, addr: &str) -> Result<Server> {
        let addr = if TcpListener::bind(addr).is_ok() {
            addr.to_owned()
        } else {
            let host = addr.rsplit_once(':').map_or("127.0.0.1", |(h, _)| h);
            eprintln!("  {addr} is taken: using a free port instead");
            format!("{host}:0")
        };
        Server::spawn(
            db,
            &addr,
            "info,tower_http=warn",
            &[
                "--admin-token",
                DEMO_ADMIN_TOKEN,
                "--ingest-key",
                DEMO_INGEST_KEY,
            ],
        )
    }

    fn spawn(db: &Path, addr: &str, log: &str, extra: &[&str]) -> Result<Server> {
        Server::spawn_profile("dev", db, addr, log, extra)
    }

    fn spawn_profile(
        profile: &str,
        db: &Path,
        addr: &str,
        log: &str,
        extra: &[&str],
    ) -> Result<Server> {
        step("Building the reference backend");
        run(cargo().args([
            "build",
            "--quiet",
            "--profile",
            profile,
            "-p",
            "sportello-server",
        ]))?;
        let dir = if profile == "dev" { "debug" } else { profile };
        let binary = root().join("target").join(dir).join("sportello-server");
        let mut command = Command::new(&binary);
        command
            .arg("--db")
            .arg(db)
            .args(["--addr", addr])
            .arg("--widget-dir")
            .arg(root().join("dist"))
            // Every backend xtask starts (demo, tests, bench) is the demo shop.
            .arg("--demo")
            .args(extra)
            .env("RUST_LOG", log);
        let (child, url) = listen(command, "the reference backend")?;
        Ok(Server {
            child,
            url,
            admin_token: extra
                .windows(2)
                .find(|w| w[0] == "--admin-token")
                .map(|w| w[1].to_owned())
                .unwrap_or_default(),
            scratch: None,
        })
    }

    /// The deliberately minimal backend of `examples/minimal-backend` (Node, config and lookup
    /// only), serving the built widget on a free port.
    /// The minimal backend with the shop of `shop` (a file of examples/minimal-backend:
    /// `shop.json`, or `shop-de.json`, the German shop that looks orders up by postcode).
    pub fn start_minimal(shop: &str) -> Result<Server> {
        step(&format!(
            "Starting the minimal backend (examples/minimal-backend, Node) with {shop}"
        ));
        let mut command = Command::new("node");
        command
            .arg(root().join("examples/minimal-backend/server.mjs"))
            .args(["--port", "0", "--widget-dir"])
            .arg(root().join("dist"))
            .arg("--shop")
            .arg(root().join("examples/minimal-backend").join(shop));
        let (child, url) = listen(command, "the minimal backend")?;
        Ok(Server {
            child,
            url,
            admin_token: String::new(),
            scratch: None,
        })
    }

    /// Blocks until the server exits (Ctrl-C reaches both).
    pub fn wait(mut self) -> Result<()> {
        self.child.wait()?;
        Ok(())
    }
}

/// Starts `command` and waits for the line that says where it listens; its output goes on being
/// echoed (so the child never blocks on a full pipe).
fn listen(mut command: Command, what: &str) -> Result<(Child, String)> {
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {what}"))?;
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut lines = BufReader::new(stdout).lines();
    let url = loop {
        match lines.next() {
            Some(Ok(line)) => {
                println!("{line}");
                if let Some(url) = line.split("listening on ").nth(1) {
                    break url.trim().to_owned();
                }
            }
            _ => {
                let status = child.wait()?;
                bail!("{what} stopped before listening ({status})");
            }
        }
    };
    std::thread::spawn(move || {
        lines.for_each(|line| {
            if let Ok(line) = line {
                println!("{line}")
            }
        })
    });
    Ok((child, url))
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(scratch) = &self.scratch {
            let _ = std::fs::remove_dir_all(scratch);
        }
    }
}
