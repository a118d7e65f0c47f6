//! `cargo xtask test`: every suite in turn (set-up, tidy, native, browser, release build within the
//! size budget, end-to-end, conformance of both backends, Schemathesis), then a table of their
//! times.

use std::{path::PathBuf, process::Command, time::Instant};

use anyhow::{bail, Context, Result};

use crate::{cargo, cmd_output, conformance, root, run, server, setup, sizes, step, widget};

/// The tidy stage, first because it is the quickest to fail: formatting, clippy with warnings as
/// errors on every target (native, and the widget for wasm, where its browser code compiles),
/// Biome on the loader and the end-to-end suite, and TypeScript's checker on the loader.
fn tidy() -> Result<()> {
    step("Tidy: cargo fmt --check");
    run(cargo().args(["fmt", "--all", "--check"]))?;
    step("Tidy: cargo clippy (native, every target, -D warnings)");
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--all-features",
        "--quiet",
        "--",
        "-D",
        "warnings",
    ]))?;
    step("Tidy: cargo clippy (the widget for wasm32, every target, -D warnings)");
    run(cargo().args([
        "clippy",
        "--package",
        "sportello-app",
        "--target",
        "wasm32-unknown-unknown",
        "--all-targets",
        "--quiet",
        "--",
        "-D",
        "warnings",
    ]))?;
    step("Tidy: Biome (public/, e2e/)");
    run(Command::new(setup::biome())
        .args(["ci", "--error-on-warnings", "public", "e2e"])
        .current_dir(root()))?;
    step("Tidy: TypeScript on the loader (tsc -p tsconfig.json, strict)");
    run(Command::new(setup::tsc())
        .args(["--project", "tsconfig.json"])
        .current_dir(root()))
}

/// Keeps the run's footprint small and its own. Incremental caches are of no use to a run that
/// builds everything once (and took GBs on a clean clone), and every temporary file of the
/// browsers (chromedriver leaves a 100 MB profile per session behind) goes into one folder that
/// is emptied when the run starts and when it ends.
fn contain_the_run() -> Result<PathBuf> {
    let tmp = root().join("target/xtask-tmp/run");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp)?;
    std::env::set_var("TMPDIR", &tmp);
    if std::env::var_os("CARGO_INCREMENTAL").is_none() {
        std::env::set_var("CARGO_INCREMENTAL", "0");
    }
    Ok(tmp)
}

/// The disk the run writes to: free space, and what `target/` holds.
fn disk_note(when: &str) {
    let free = cmd_output("df", &["-Pk", &root().to_string_lossy()])
        .and_then(|out| {
            let line = out.lines().nth(1)?.to_owned();
            line.split_whitespace().nth(3)?.parse::<u64>().ok()
        })
        .map_or_else(|| "?".to_owned(), |kb| format!("{:.1} GB", kb as f64 / 1e6));
    let target = cmd_output("du", &["-sk", &root().join("target").to_string_lossy()])
        .and_then(|out| out.split_whitespace().next()?.parse::<u64>().ok())
        .map_or_else(|| "?".to_owned(), |kb| format!("{:.1} GB", kb as f64 / 1e6));
    eprintln!("  disk {when}: {free} free, target/ holds {target}");
}

/// Runs the suites in turn, stopping at the first that fails.
pub fn main() -> Result<()> {
    let tmp = contain_the_run()?;
    disk_note("at the start");
    let result = suites();
    let _ = std::fs::remove_dir_all(&tmp);
    disk_note("at the end");
    result
}

fn suites() -> Result<()> {
    let mut timings = Vec::new();
    let mut timed = |name: &str, f: &mut dyn FnMut() -> Result<()>| -> Result<()> {
        let started = Instant::now();
        let result = f();
        timings.push((name.to_owned(), started.elapsed()));
        result
    };

    timed("set-up", &mut || {
        step("Checking tools");
        setup::test_tools()
    })?;
    timed("tidy", &mut tidy)?;
    timed("native tests", &mut || {
        step("Native tests: contract, reference backend (HTTP on SQLite), widget logic, xtask");
        run(cargo()
            .args(["test", "--workspace", "--all-features"])
            // The real SMTP server of the mail tests.
            .env("SPORTELLO_SMTP_PYTHON", setup::smtp_python()))
    })?;
    timed("browser tests", &mut || {
        step("Browser tests: wasm-pack test --headless --chrome (headless Chromium)");
        run(Command::new("wasm-pack")
            .args(["test", "--headless", "--chrome", "--mode", "no-install"])
            .env("CHROMEDRIVER", "/usr/bin/chromedriver")
            .env("PATH", setup::tool_path())
            .current_dir(root()))
    })?;
    timed("release build", &mut || {
        sizes::check_size_budget(&widget::build_widget()?)
    })?;
    timed("end-to-end + conformance", &mut || {
        let mailbox = server::Mailbox::start(0, 0)?;
        step("Starting the reference backend on a fresh SQLite file");
        let server = server::Server::start_fresh(&mailbox)?;
        server.add_staff(server::DESK_EMAIL, "Marta", server::DESK_PASSWORD)?;
        step("End-to-end tests: Playwright on the system Chromium");
        // One file at a time, in this order: they share one backend, and some change demo
        // orders as they go (the files were written against this order). The desk comes last:
        // it runs the delay detector over every order and edits the office hours.
        let mut failed = Vec::new();
        for file in [
            "complaints.test.mjs",
            "embedding.test.mjs",
            "faults.test.mjs",
            "ingest.test.mjs",
            "landing.test.mjs",
            "locales.test.mjs",
            "lookup.test.mjs",
            "notifications.test.mjs",
            "parcels.test.mjs",
            "tracking.test.mjs",
            "desk.test.mjs",
        ] {
            let passed = Command::new("node")
                .args(["--test", "--test-reporter=spec", file])
                .env("SPORTELLO_URL", &server.url)
                .env("SPORTELLO_ADMIN_TOKEN", &server.admin_token)
                .env(
                    "SPORTELLO_INGEST_KEY",
                    format!("ingest-{}", server.admin_token),
                )
                // The shop on another site that embeds the widget across origins (allowed in CORS).
                .env("SPORTELLO_SHOP_ORIGIN", server::TEST_SHOP_ORIGIN)
                // The mail catcher the backend's e-mails arrive in.
                .env("SPORTELLO_MAILBOX_URL", &mailbox.url)
                // The desk's staff member.
                .env("SPORTELLO_DESK_EMAIL", server::DESK_EMAIL)
                .env("SPORTELLO_DESK_PASSWORD", server::DESK_PASSWORD)
                .current_dir(root().join("e2e"))
                .status()
                .with_context(|| format!("starting node --test {file}"))?
                .success();
            if !passed {
                failed.push(file);
            }
        }
        if !failed.is_empty() {
            bail!("end-to-end tests failed in {}", failed.join(", "));
        }
        step("Contract conformance of the reference backend");
        conformance::check(
            &format!("{}v1", server.url),
            &[
                ("SP-1001".to_owned(), "giulia.rossi@example.com".to_owned()),
                // A parcel the courier could not deliver: the parcel-request checks.
                (
                    "SP-1011".to_owned(),
                    "valentina.galli@example.com".to_owned(),
                ),
            ],
            Some(server::TEST_SHOP_ORIGIN),
        )?;
        step("Schemathesis: generated requests against the reference backend from openapi.json");
        schemathesis(&server.url)?;
        let minimal = server::Server::start_minimal("shop.json")?;
        step("Contract conformance of the minimal backend (config and lookup only)");
        conformance::check(
            &format!("{}v1", minimal.url),
            &[("MB-1001".to_owned(), "ada.lovelace@example.com".to_owned())],
            None,
        )?;
        let german = server::Server::start_minimal("shop-de.json")?;
        step("Contract conformance of the minimal backend as a German shop (postcode lookup)");
        conformance::check(
            &format!("{}v1", german.url),
            &[("KR-100042".to_owned(), "20095".to_owned())],
            None,
        )?;
        let ingest_key = format!("ingest-de-{}", std::process::id());
        let german_reference = server::Server::start_german(&ingest_key)?;
        step("End-to-end test of the widget on two shops: the minimal and the reference backend");
        run(Command::new("node")
            .args(["--test", "--test-reporter=spec", "minimal.test.mjs"])
            .env("SPORTELLO_MINIMAL_URL", &minimal.url)
            .env("SPORTELLO_MINIMAL_DE_URL", &german.url)
            .env("SPORTELLO_REFERENCE_DE_URL", &german_reference.url)
            .env("SPORTELLO_REFERENCE_DE_INGEST_KEY", &ingest_key)
            .current_dir(root().join("e2e")))
    })?;

    timed("container", &mut crate::container::main)?;

    eprintln!("\n  suite                       time");
    for (name, took) in timings {
        eprintln!("  {name:<26} {took:>6.1?}");
    }
    Ok(())
}

/// Runs Schemathesis against the backend at `url`. Hypothesis (inside it) sometimes crashes in
/// its own optimiser ("Runtime Error … IndexError" in `optimiser.py`, seen once in about ten
/// runs, on whatever operation it is optimising): a crash of the tool, not a finding, so that
/// run alone is repeated once. A failed check is never repeated.
fn schemathesis(url: &str) -> Result<()> {
    let attempt = || -> Result<(bool, String)> {
        let output = Command::new(setup::schemathesis_bin())
            .arg("--config-file")
            .arg(root().join("contract/schemathesis.toml"))
            .args(["run", "openapi.json", "--url"])
            .arg(url.trim_end_matches('/'))
            .args(["--max-examples", "30", "--seed", "1", "--no-color"])
            .current_dir(root().join("contract"))
            .output()
            .context("starting Schemathesis")?;
        let text = String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr);
        print!("{text}");
        Ok((output.status.success(), text))
    };
    let (passed, text) = attempt()?;
    if passed {
        return Ok(());
    }
    let crashed = text.contains("Runtime Error")
        && text.contains("hypothesis/internal")
        && !text.contains("Failures:")
        && !text.contains("FAILURES");
    if crashed {
        eprintln!("\n  Hypothesis crashed inside its optimiser (not a finding): running Schemathesis again\n");
        if attempt()?.0 {
            return Ok(());
        }
    }
    bail!("Schemathesis failed")
}
