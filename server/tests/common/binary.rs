//! The `sportello-server` binary as an operator starts it: on a free port, its address read from
//! the line it prints, stopped with SIGTERM.

use std::{net::SocketAddr, path::Path, process::Stdio, time::Duration};

use serde_json::Value;
use tokio::{
    io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader},
    net::TcpStream,
    process::{Child, Command},
};

pub const BIN: &str = env!("CARGO_BIN_EXE_sportello-server");

pub struct Binary {
    pub addr: SocketAddr,
    pub child: Child,
}

impl Binary {
    /// Starts the binary on `db` (its folder serves as the widget directory) with `args`;
    /// stderr is kept in `log` when given.
    pub async fn start(db: &Path, args: &[&str], log: Option<&Path>) -> Binary {
        let mut command = Command::new(BIN);
        command
            .args(["--addr", "127.0.0.1:0"])
            .arg("--db")
            .arg(db)
            .arg("--widget-dir")
            .arg(db.parent().unwrap())
            .args(args)
            .stdout(Stdio::piped())
            .kill_on_drop(true);
        match log {
            Some(path) => command.stderr(std::fs::File::create(path).unwrap()),
            None => command.env("RUST_LOG", "warn").stderr(Stdio::null()),
        };
        let mut child = command.spawn().unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let line = tokio::time::timeout(Duration::from_secs(20), lines.next_line())
            .await
            .expect("the server says where it listens")
            .unwrap()
            .unwrap();
        let addr = line
            .rsplit("http://")
            .next()
            .unwrap()
            .trim_end_matches('/')
            .parse()
            .unwrap();
        Binary { addr, child }
    }

    /// Sends SIGTERM, as systemd, Docker and Kubernetes do.
    pub fn terminate(&self) {
        let pid = self.child.id().unwrap().to_string();
        let sent = std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap();
        assert!(sent.success());
    }

    /// SIGTERM, then waits (at most 15 s) for a clean exit.
    pub async fn stop(mut self) {
        self.terminate();
        let status = tokio::time::timeout(Duration::from_secs(15), self.child.wait())
            .await
            .unwrap()
            .unwrap();
        assert!(status.success(), "{status:?}");
    }
}

/// A JSON POST to `addr` on a connection of its own (`extra`: more header lines, each ending in
/// CRLF): status and body.
pub async fn post(addr: SocketAddr, path: &str, body: &Value, extra: &str) -> (u16, Value) {
    let body = body.to_string();
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: shop.example\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n{extra}\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8(answer).unwrap();
    let status = answer[9..12].parse().unwrap();
    let (_, body) = answer.split_once("\r\n\r\n").unwrap();
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}
