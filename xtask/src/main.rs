//! `cargo xtask <command>`: every build, test and demo command of Sportello, declared once below
//! (clap), and the helpers the commands share.
//!
//! Each command installs what it is missing first (see `setup.rs`), so the two commands of the
//! README work on a fresh machine:
//!
//! - `cargo xtask demo`: build the widget, start the reference backend with demo data, print the URL.
//! - `cargo xtask test`: every suite (native, browser, end-to-end, conformance).

mod backend_bench;
mod bench;
mod conformance;
mod container;
mod fuzz;
mod i18n;
mod server;
mod setup;
mod size_diff;
mod sizes;
mod suites;
mod widget;

use std::{
    path::{Path, PathBuf},
    process::Command,
    time::Instant,
};

use anyhow::{bail, Context, Result};
use clap::{CommandFactory, Parser, Subcommand};

/// Sportello's build, test and demo commands.
#[derive(Parser)]
#[command(name = "xtask", bin_name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    command: Option<Task>,
}

#[derive(Subcommand)]
enum Task {
    /// Build the widget and serve the demo shop
    Demo {
        /// The port to listen on
        #[arg(long, value_name = "N", default_value_t = 8080)]
        port: u16,
        /// The address to listen on
        #[arg(long, value_name = "H", default_value = "127.0.0.1")]
        host: String,
    },
    /// Run every suite: native, browser (wasm-pack), end-to-end, conformance
    Test,
    /// Build the release widget into dist/, print its sizes and check them against the budget
    Build {
        /// The API the full page (dist/index.html, linked from e-mails) talks to: an https://
        /// URL or a path; /v1 (beside /widget/) when not given
        #[arg(long, value_name = "URL")]
        api_base: Option<String>,
    },
    /// Install the tools the build and the tests need (idempotent)
    Setup,
    /// Measure the widget against the Leptos floor and the peers; writes bench/results.md
    ///
    /// Sizes, start-up and render times, Lighthouse, backend load (about 5 minutes).
    Bench {
        /// Browser runs per figure (medians)
        #[arg(long, value_name = "N", default_value_t = 5)]
        runs: u32,
        /// Skip Lighthouse
        #[arg(long)]
        no_lighthouse: bool,
        /// Only the reference backend: latency from 0 to 1M rows, lookups/s at 1, 8 and 64
        /// clients; writes bench/backend.md
        #[arg(long)]
        backend: bool,
        /// With --backend: another sportello-server binary measured in the same run, for ratios
        #[arg(long, value_name = "BINARY", requires = "backend")]
        baseline: Option<PathBuf>,
    },
    /// Build Containerfile with podman or docker, start it and check /readyz (skipped without)
    Container,
    /// Regenerate contract/openapi.json from the Rust types
    Openapi,
    /// Regenerate the widget's catalogues (src/i18n/<tag>.rs) from locales/<tag>.ftl
    I18n,
    /// Fuzz the widget's decoding of backend answers (needs nightly Rust; not part of test)
    ///
    /// cargo-fuzz (libFuzzer) on everything the widget does with a backend's answer.
    Fuzz {
        /// How long to fuzz, in seconds
        #[arg(long, value_name = "N", default_value_t = 60)]
        seconds: u64,
    },
    /// Check a backend against the contract
    Conformance {
        /// The backend's base URL, e.g. http://127.0.0.1:8080/v1
        #[arg(long, value_name = "URL")]
        base_url: String,
        /// A shop origin the backend allows in CORS, to check its CORS answers
        #[arg(long, value_name = "SHOP_ORIGIN")]
        origin: Option<String>,
        #[command(flatten)]
        orders: conformance::Orders,
    },
}

/// The names of the commands, as typed after `cargo xtask`.
pub fn command_names() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .map(|command| command.get_name().to_owned())
        .collect()
}

fn main() {
    let Some(task) = Cli::parse().command else {
        Cli::command().print_help().expect("printing the help");
        return;
    };
    let started = Instant::now();
    let result = match task {
        Task::Demo { port, host } => demo(port, &host),
        Task::Test => suites::main(),
        Task::Build { api_base } => setup::build_tools()
            .and_then(|()| widget::build_widget_for(api_base.as_deref()))
            .and_then(|dist| sizes::check_size_budget(&dist)),
        Task::Setup => setup::test_tools(),
        Task::Bench {
            backend: true,
            baseline,
            ..
        } => backend_bench::main(baseline),
        Task::Bench {
            runs,
            no_lighthouse,
            ..
        } => bench::main(runs, !no_lighthouse),
        Task::Container => container::main(),
        Task::Openapi => openapi(),
        Task::I18n => {
            step("Writing src/i18n/<tag>.rs from locales/<tag>.ftl");
            i18n::main(&root())
        }
        Task::Fuzz { seconds } => fuzz::main(seconds),
        Task::Conformance {
            base_url,
            origin,
            orders,
        } => conformance::check(&base_url, &orders.0, origin.as_deref()),
    };
    match result {
        Ok(()) => eprintln!("\n✔ done in {:.0?}", started.elapsed()),
        Err(error) => {
            eprintln!("\n✘ {error:#}");
            std::process::exit(1);
        }
    }
}

/// The workspace root (xtask lives one level below it).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask is inside the workspace")
        .to_path_buf()
}

/// Announces a step on stderr, visibly.
pub fn step(what: &str) {
    eprintln!("\n==> {what}");
}

/// Runs a command to completion, failing with its name if it fails.
pub fn run(command: &mut Command) -> Result<()> {
    let status = command
        .status()
        .with_context(|| format!("starting {command:?}"))?;
    if !status.success() {
        bail!("{:?} failed ({status})", command.get_program());
    }
    Ok(())
}

/// A command's stdout, or `None` if it cannot run or fails.
pub fn cmd_output(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The cargo that runs xtask, in the workspace root.
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root());
    command
}

fn openapi() -> Result<()> {
    step("Regenerating contract/openapi.json");
    run(cargo()
        .args([
            "test",
            "--quiet",
            "-p",
            "sportello-contract",
            "--features",
            "openapi",
            "--lib",
            "openapi::tests::committed_openapi_json_is_fresh",
        ])
        .env("SPORTELLO_UPDATE_OPENAPI", "1"))?;
    step("Regenerating server/ingest.openapi.json");
    run(cargo()
        .args([
            "test",
            "--quiet",
            "-p",
            "sportello-server",
            "--lib",
            "ingest::openapi::tests::committed_ingest_openapi_json_is_fresh",
        ])
        .env("SPORTELLO_UPDATE_OPENAPI", "1"))
}

fn demo(port: u16, host: &str) -> Result<()> {
    setup::build_tools()?;
    widget::build_widget()?;
    let mailbox = server::Mailbox::start(1025, 1080)?;
    step("Starting the reference backend with the demo shop (data/demo.db)");
    let server = server::Server::start(
        &root().join("data/demo.db"),
        &format!("{host}:{port}"),
        &mailbox,
    )?;
    server.add_staff(server::DESK_EMAIL, "Marta", server::DESK_PASSWORD)?;
    eprintln!(
        "\n  Demo shop:  {url}\n  Widget alone (full page): {url}widget/\n  Contract:   {url}v1/config\n\n  Try order SP-1002 with marco.bianchi@example.com (the page lists every demo order).\n  Admin API (Bearer {token}): e.g. curl -X POST -H 'Authorization: Bearer {token}' {url}admin/detector/run\n  Ingest API (Bearer {ingest}): README, \"Connecting your shop\"\n\n  Staff desk: {url}desk/ (sign in as {desk_email}, password {desk_password})\n  Mailbox (every e-mail the shop sends): {mailbox}\n  See one arrive: look up SP-1002, tap \"Notify me\" by e-mail, then post a delay:\n    curl -X PUT -H 'Authorization: Bearer {token}' -H 'Content-Type: application/json' \\\n      -d '{{\"delay\": {{\"reason\": \"weather\", \"side\": \"carrier\", \"message\": \"Neve sulla A1.\"}}}}' \\\n      {url}admin/orders/SP-1002/delay\n\n  Press Ctrl-C to stop.",
        mailbox = mailbox.url,
        desk_email = server::DESK_EMAIL,
        desk_password = server::DESK_PASSWORD,
        url = server.url,
        token = server::DEMO_ADMIN_TOKEN,
        ingest = server::DEMO_INGEST_KEY
    );
    server.wait()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The commands a document names: each word after `cargo xtask`, and the words after it
    /// joined by ` | ` (as in `cargo xtask demo | test | build`).
    fn commands_named_in(text: &str) -> Vec<String> {
        let is_name = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
        let mut names = Vec::new();
        for after in text.split("cargo xtask").skip(1) {
            let mut rest = after.trim_start();
            loop {
                let end = rest.find(|c| !is_name(c)).unwrap_or(rest.len());
                if end == 0 {
                    break;
                }
                names.push(rest[..end].to_owned());
                match rest[end..].trim_start().strip_prefix('|') {
                    Some(more) => rest = more.trim_start(),
                    None => break,
                }
            }
        }
        names
    }

    #[test]
    fn commands_named_in_finds_words_and_lists() {
        assert_eq!(
            commands_named_in(
                "`cargo xtask demo | test` and `cargo xtask\n  build`, cargo xtask <command>"
            ),
            ["demo", "test", "build"]
        );
    }

    #[test]
    fn readme_commands_exist() {
        let declared = command_names();
        for document in ["README.md", "ARCHITECTURE.md"] {
            let text = std::fs::read_to_string(root().join(document))
                .unwrap_or_else(|e| panic!("reading {document}: {e}"));
            let named = commands_named_in(&text);
            assert!(
                document != "README.md" || named.len() >= 5,
                "found too few `cargo xtask <command>` in {document}: {named:?}"
            );
            for name in named {
                assert!(
                    declared.contains(&name),
                    "{document} names `cargo xtask {name}`, which is not a command (commands: {declared:?})"
                );
            }
        }
    }

    #[test]
    fn conformance_pairs_each_email_with_the_order_before_it() {
        let orders = |args: &[&str]| -> Result<Vec<(String, String)>, String> {
            let base = [
                "xtask",
                "conformance",
                "--base-url",
                "http://127.0.0.1:8080/v1",
            ];
            let cli = Cli::try_parse_from(base.iter().chain(args)).map_err(|e| e.to_string())?;
            match cli.command {
                Some(Task::Conformance { orders, .. }) => Ok(orders.0),
                _ => unreachable!("parsed as another command"),
            }
        };
        let pair = |order: &str, email: &str| (order.to_owned(), email.to_owned());
        assert_eq!(orders(&[]).unwrap(), []);
        assert_eq!(
            orders(&["--order", "A", "--email", "a", "--order", "B", "--email", "b"]).unwrap(),
            [pair("A", "a"), pair("B", "b")]
        );
        assert!(orders(&["--order", "A"])
            .unwrap_err()
            .contains("each --order needs an --email or --postcode after it"));
        assert!(orders(&["--email", "a", "--order", "A"])
            .unwrap_err()
            .contains("--email or --postcode must follow an --order"));
        // A shop that looks orders up by postcode.
        assert_eq!(
            orders(&[
                "--order",
                "100042",
                "--postcode",
                "10115",
                "--order",
                "B",
                "--email",
                "b"
            ])
            .unwrap(),
            [pair("100042", "10115"), pair("B", "b")]
        );
    }

    #[test]
    fn the_cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
