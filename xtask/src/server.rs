//! Runs the reference backend as a child process for the demo and the end-to-end tests.

use std::{
    io::{BufRead, BufReader},
    net::TcpListener,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
};

use anyhow::{bail, Context, Result};

use crate::{cargo, root, run, step};

/// A running reference backend; stopped when dropped.
pub struct Server {
    child: Child,
    pub url: String,
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
        let mut server = Server::spawn(&scratch.join("sportello.db"), "127.0.0.1:0", "warn")?;
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
        Server::spawn(db, &addr, "info,tower_http=warn")
    }

    fn spawn(db: &Path, addr: &str, log: &str) -> Result<Server> {
        step("Building the reference backend");
        run(cargo().args(["build", "--quiet", "-p", "sportello-server"]))?;
        let binary = root().join("target/debug/sportello-server");
        let mut child = Command::new(&binary)
            .arg("--db")
            .arg(db)
            .args(["--addr", addr])
            .arg("--widget-dir")
            .arg(root().join("dist"))
            .env("RUST_LOG", log)
            .stdout(Stdio::piped())
            .spawn()
            .with_context(|| format!("starting {}", binary.display()))?;
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
                    bail!("the reference backend stopped before listening ({status})");
                }
            }
        };
        // Keep draining its output so the child never blocks on a full pipe.
        std::thread::spawn(move || {
            lines.for_each(|line| {
                if let Ok(line) = line {
                    println!("{line}")
                }
            })
        });
        Ok(Server {
            child,
            url,
            scratch: None,
        })
    }

    /// Blocks until the server exits (Ctrl-C reaches both).
    pub fn wait(mut self) -> Result<()> {
        self.child.wait()?;
        Ok(())
    }
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
