//! `cargo xtask fuzz`: coverage-guided fuzzing (cargo-fuzz, libFuzzer) of everything the widget
//! does with a backend's answer (`sportello_app::api::digest_answer`). It needs a nightly toolchain,
//! so it is not part of `cargo xtask test`; there a native test replays the committed seeds.

use std::{
    io::{BufRead, BufReader},
    process::{Command, Stdio},
};

use anyhow::{bail, Context, Result};

use crate::{cmd_output, root, setup, step};

const CARGO_FUZZ: &str = "0.13.2";

/// Fuzzes for `seconds`, starting from the committed seeds and the contract's examples.
pub fn main(seconds: u64) -> Result<()> {
    let toolchains = cmd_output("rustup", &["toolchain", "list"]).unwrap_or_default();
    if !toolchains.lines().any(|line| line.starts_with("nightly")) {
        bail!(
            "fuzzing needs a nightly Rust toolchain (libFuzzer's sanitizer flags), and this \
             machine has none: `rustup toolchain install nightly` where the network allows it. \
             `cargo xtask test` replays the committed seeds on stable."
        );
    }
    setup::cargo_tool("cargo-fuzz", CARGO_FUZZ, true)?;
    step(&format!(
        "Fuzzing the decoding of backend answers for {seconds} s (seeds in fuzz/seeds/answer, \
         corpus in fuzz/corpus/answer, crashes in fuzz/artifacts/answer)"
    ));
    let corpus = root().join("fuzz/corpus/answer");
    std::fs::create_dir_all(&corpus)?;
    seed_from_spec(&corpus)?;
    let mut child = Command::new("cargo")
        .current_dir(root())
        .args(["+nightly", "fuzz", "run", "answer"])
        .arg(&corpus)
        .arg(root().join("fuzz/seeds/answer"))
        .args([
            "--",
            &format!("-max_total_time={seconds}"),
            "-max_len=65536",
            "-print_final_stats=1",
        ])
        .stderr(Stdio::piped())
        .spawn()
        .context("starting cargo +nightly fuzz")?;
    // libFuzzer reports on stderr: echo it, keep the run count and the corpus size.
    let mut runs = None;
    let mut corpus_size = None;
    for line in BufReader::new(child.stderr.take().expect("piped")).lines() {
        let line = line?;
        eprintln!("{line}");
        if let Some(n) = line.strip_prefix("stat::number_of_executed_units:") {
            runs = n.trim().parse::<u64>().ok();
        }
        if line.starts_with('#') && line.contains("corp:") {
            corpus_size = line
                .split("corp: ")
                .nth(1)
                .and_then(|rest| rest.split('/').next())
                .map(str::to_owned);
        }
    }
    let status = child.wait()?;
    if !status.success() {
        bail!("the fuzzer found a failing input ({status}): see fuzz/artifacts/answer and reproduce with `cargo +nightly fuzz run answer <file>`");
    }
    eprintln!(
        "\n  {} inputs run in {seconds} s, no panic; corpus of {} inputs",
        runs.map_or("?".to_owned(), |n| n.to_string()),
        corpus_size.as_deref().unwrap_or("?")
    );
    Ok(())
}

/// Writes every example answer of `contract/openapi.json` into the corpus, in the target's input
/// format (two bytes of status, then the body), so that fuzzing starts from real answers.
fn seed_from_spec(corpus: &std::path::Path) -> Result<()> {
    let spec: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
        root().join("contract/openapi.json"),
    )?)?;
    let mut written = 0;
    for answer in sportello_contract::spec::described_answers(&spec) {
        let Some(example) = answer.example else {
            continue;
        };
        let mut data = answer.status_code().to_be_bytes().to_vec();
        data.extend(example.to_string().bytes());
        std::fs::write(corpus.join(format!("spec-{written:03}")), data)?;
        written += 1;
    }
    eprintln!("  {written} example answers of the contract added to the corpus");
    Ok(())
}
