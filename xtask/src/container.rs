//! `cargo xtask container`: builds `Containerfile` with podman or docker, starts the image on a
//! free port with a volume of its own, and checks that `/readyz` answers and that the process
//! runs as a non-root user; then stops and removes it. On a machine without a container engine
//! it says so and succeeds (the test suite runs it as its last stage).

use std::{process::Command, time::Duration};

use anyhow::{bail, Context, Result};

use crate::{root, run, step};

/// The container engine on this machine, if any.
fn engine() -> Option<&'static str> {
    ["podman", "docker"].into_iter().find(|engine| {
        Command::new(engine)
            .arg("info")
            .output()
            .is_ok_and(|out| out.status.success())
    })
}

pub fn main() -> Result<()> {
    let Some(engine) = engine() else {
        step("Container: no podman or docker that runs here; skipped (Containerfile not built)");
        return Ok(());
    };
    if !root().join("dist/index.html").exists() {
        crate::widget::build_widget()?;
    }
    let tag = "sportello-server:test";
    step(&format!("Container: {engine} build -f Containerfile"));
    run(Command::new(engine)
        .args(["build", "-f", "Containerfile", "-t", tag, "."])
        .current_dir(root()))?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let name = format!("sportello-test-{}", std::process::id());
    step(&format!("Container: starting it on port {port}"));
    run(Command::new(engine).args([
        "run",
        "--detach",
        "--name",
        &name,
        "--publish",
        &format!("127.0.0.1:{port}:8080"),
        tag,
    ]))?;
    let checked = check(engine, &name, port);
    let _ = Command::new(engine).args(["rm", "--force", &name]).output();
    checked
}

fn check(engine: &str, name: &str, port: u16) -> Result<()> {
    let url = format!("http://127.0.0.1:{port}/readyz");
    let mut ready = false;
    for _ in 0..60 {
        if ureq::get(&url).call().is_ok_and(|r| r.status() == 200) {
            ready = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
    if !ready {
        let logs = crate::cmd_output(engine, &["logs", name]).unwrap_or_default();
        bail!("the container never answered {url}:\n{logs}");
    }
    let user = crate::cmd_output(engine, &["exec", name, "id", "-u"])
        .context("asking the container for its user")?;
    if user.trim() == "0" {
        bail!("the container runs as root");
    }
    let widget = ureq::get(&format!("http://127.0.0.1:{port}/widget/sportello.js")).call()?;
    if widget.status() != 200 {
        bail!("the container does not serve the widget's loader");
    }
    step("Container: /readyz answers, the widget is served, the user is not root");
    Ok(())
}
