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
    /// The binary and its database, for its commands (`staff add`).
    binary: Option<(PathBuf, PathBuf)>,
}

impl Server {
    /// On a free port with a new database (seeded with the demo data), for tests; its e-mails
    /// go to `mailbox`.
    pub fn start_fresh(mailbox: &Mailbox) -> Result<Server> {
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
        // The port is chosen first: the e-mails link to the server's own full page.
        let port = free_port()?;
        let public_url = format!("http://127.0.0.1:{port}/");
        let smtp_url = mailbox.smtp_url();
        let mut server = Server::spawn(
            &scratch.join("sportello.db"),
            &format!("127.0.0.1:{port}"),
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
                "--smtp-url",
                &smtp_url,
                "--mail-from",
                MAIL_FROM,
                "--public-url",
                &public_url,
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

    /// At `addr` (or, if that port is taken, a free one) on the database at `db`, its e-mails
    /// caught by `mailbox`.
    pub fn start(db: &Path, addr: &str, mailbox: &Mailbox) -> Result<Server> {
        let host = addr.rsplit_once(':').map_or("127.0.0.1", |(h, _)| h);
        let addr = if TcpListener::bind(addr).is_ok() {
            addr.to_owned()
        } else {
            eprintln!("  {addr} is taken: using a free port instead");
            format!("{host}:{}", free_port()?)
        };
        // The e-mails link to the demo's own full page.
        let port = addr.rsplit_once(':').map_or("8080", |(_, p)| p);
        let shown = if host == "0.0.0.0" { "localhost" } else { host };
        let public_url = format!("http://{shown}:{port}/");
        Server::spawn(
            db,
            &addr,
            "info,tower_http=warn",
            &[
                "--admin-token",
                DEMO_ADMIN_TOKEN,
                "--ingest-key",
                DEMO_INGEST_KEY,
                "--smtp-url",
                &mailbox.smtp_url(),
                "--mail-from",
                MAIL_FROM,
                "--demo-mailbox-url",
                &mailbox.url,
                "--public-url",
                &public_url,
            ],
        )
    }

    fn spawn(db: &Path, addr: &str, log: &str, extra: &[&str]) -> Result<Server> {
        Server::spawn_profile("dev", db, addr, log, extra)
    }

    /// A second shop on the reference backend, for the e2e test that the widget follows the
    /// shop: German, its orders looked up by postcode, its own order numbers, German phones.
    /// No demo data: its orders come in through the ingest API (key `ingest_key`), as a real
    /// shop's do.
    pub fn start_german(ingest_key: &str) -> Result<Server> {
        let scratch = root()
            .join("target/xtask-tmp")
            .join(format!("de-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&scratch);
        crate::setup::ensure_dir(&scratch)?;
        let mut server = Server::spawn_shop(
            "dev",
            &scratch.join("sportello.db"),
            "127.0.0.1:0",
            "warn",
            &[
                "--detector-interval",
                "0",
                "--ingest-key",
                ingest_key,
                "--lookups-per-minute",
                "1000",
                "--shop-name",
                "Kaffeerösterei Nord",
                "--default-locale",
                "de",
                "--supported-locales",
                "de",
                "--lookup-proofs",
                "postcode",
                "--order-number-example",
                "KR-100042",
                "--order-number-pattern",
                "^KR-[0-9]{6}$",
                "--phone-country",
                "DE",
            ],
            false,
        )?;
        server.scratch = Some(scratch);
        Ok(server)
    }

    fn spawn_profile(
        profile: &str,
        db: &Path,
        addr: &str,
        log: &str,
        extra: &[&str],
    ) -> Result<Server> {
        // Every other backend xtask starts (demo, tests, bench) is the demo shop.
        Server::spawn_shop(profile, db, addr, log, extra, true)
    }

    fn spawn_shop(
        profile: &str,
        db: &Path,
        addr: &str,
        log: &str,
        extra: &[&str],
        demo: bool,
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
            .args(demo.then_some("--demo"))
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
            binary: Some((binary, db.to_path_buf())),
        })
    }

    /// Adds a staff member of the desk (`sportello-server staff add`, the password on stdin).
    pub fn add_staff(&self, email: &str, name: &str, password: &str) -> Result<()> {
        use std::io::Write;
        let Some((binary, db)) = &self.binary else {
            bail!("only the reference backend has staff");
        };
        let mut child = Command::new(binary)
            .arg("--db")
            .arg(db)
            .args(["staff", "add", email, "--name", name])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()?;
        child
            .stdin
            .take()
            .expect("stdin is piped")
            .write_all(format!("{password}\n").as_bytes())?;
        let status = child.wait()?;
        if !status.success() {
            bail!("sportello-server staff add failed ({status})");
        }
        Ok(())
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
            binary: None,
        })
    }

    /// Blocks until the server exits (Ctrl-C reaches both).
    pub fn wait(mut self) -> Result<()> {
        self.child.wait()?;
        Ok(())
    }
}

/// The desk's staff member of the demo and the end-to-end tests.
pub const DESK_EMAIL: &str = "marta@bottega.example";
/// Their password (a demo's: printed by `cargo xtask demo`).
pub const DESK_PASSWORD: &str = "demo-desk-password";

/// The sender of the demo shop's e-mails.
pub const MAIL_FROM: &str = "Bottega Aurora <assistenza@bottega.example>";

/// A free port of loopback (free when asked: it is bound again at once by whoever asked).
fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// A mail catcher on loopback (MailDev, from npm, in e2e/node_modules): it takes whatever the
/// reference backend sends over SMTP and shows it on a web page, and as JSON at `GET /email`
/// for the end-to-end tests. Stopped when dropped.
pub struct Mailbox {
    child: Child,
    smtp_port: u16,
    /// The web page of the messages caught.
    pub url: String,
}

impl Mailbox {
    /// On `smtp` and `web`, or free ports where those are taken (`0`: any).
    pub fn start(smtp: u16, web: u16) -> Result<Mailbox> {
        let pick = |port: u16| -> Result<u16> {
            if port != 0 && TcpListener::bind(("127.0.0.1", port)).is_ok() {
                Ok(port)
            } else {
                free_port()
            }
        };
        let (smtp_port, web_port) = (pick(smtp)?, pick(web)?);
        step(&format!(
            "Starting the mail catcher (MailDev): SMTP on {smtp_port}, messages at http://127.0.0.1:{web_port}/"
        ));
        let child = Command::new("node")
            .arg(root().join("e2e/node_modules/maildev/bin/maildev"))
            .args(["--ip", "127.0.0.1", "--smtp"])
            .arg(smtp_port.to_string())
            .arg("--web")
            .arg(web_port.to_string())
            .arg("--silent")
            .stdout(Stdio::null())
            .spawn()
            .context("starting MailDev (npm ci in e2e/ installs it)")?;
        let mailbox = Mailbox {
            child,
            smtp_port,
            url: format!("http://127.0.0.1:{web_port}/"),
        };
        let started = std::time::Instant::now();
        while [smtp_port, web_port]
            .iter()
            .any(|p| std::net::TcpStream::connect(("127.0.0.1", *p)).is_err())
        {
            if started.elapsed() > std::time::Duration::from_secs(20) {
                bail!("MailDev did not start listening within 20 s");
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        Ok(mailbox)
    }

    /// Where the reference backend sends its e-mails: plain SMTP on loopback.
    pub fn smtp_url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.smtp_port)
    }
}

impl Drop for Mailbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
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
