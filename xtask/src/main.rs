//! `cargo xtask <command>`: every build, test and demo command of Sportello.
//!
//! Each command installs what it is missing first (see `setup.rs`), so the two commands of the
//! README work on a fresh machine:
//!
//! - `cargo xtask demo`: build the widget, start the reference backend with demo data, print the URL.
//! - `cargo xtask test`: every suite (native, browser, end-to-end, conformance).

mod bench;
mod conformance;
mod fuzz;
mod server;
mod setup;

use std::{
    path::{Path, PathBuf},
    process::Command,
    time::Instant,
};

use anyhow::{bail, Context, Result};

const HELP: &str = "\
cargo xtask <command>

  demo [--port N] [--host H]   build the widget and serve the demo shop (default 127.0.0.1:8080)
  test                         run every suite: native, browser (wasm-pack), end-to-end, conformance
  build                        build the release widget into dist/ and print its sizes
  setup                        install the tools the build and the tests need (idempotent)
  bench [--runs N] [--no-lighthouse]
                               measure sizes, start-up and render times against the Leptos floor
                               and the peers, Lighthouse, backend load; writes bench/results.md
  openapi                      regenerate contract/openapi.json from the Rust types
  fuzz [--seconds N]           fuzz the widget's decoding of backend answers (cargo-fuzz; needs a
                               nightly toolchain; default 60 s; not part of test)
  conformance --base-url URL [--origin SHOP_ORIGIN] [--order NUMBER --email EMAIL]...
                               check a backend against the contract
";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let started = Instant::now();
    let result = match args.first().map(String::as_str) {
        Some("demo") => demo(&args[1..]),
        Some("test") => test(&args[1..]),
        Some("build") => setup::build_tools()
            .and_then(|()| build_widget())
            .map(|_| ()),
        Some("setup") => setup::test_tools(),
        Some("openapi") => openapi(),
        Some("conformance") => conformance::main(&args[1..]),
        Some("bench") => bench::main(&args[1..]),
        Some("fuzz") => fuzz::main(&args[1..]),
        Some("help" | "--help" | "-h") | None => {
            print!("{HELP}");
            Ok(())
        }
        Some(other) => Err(anyhow::anyhow!("unknown command {other:?}\n\n{HELP}")),
    };
    match result {
        Ok(()) => {
            if !matches!(
                args.first().map(String::as_str),
                Some("help" | "--help" | "-h") | None
            ) {
                eprintln!("\n✔ done in {:.0?}", started.elapsed());
            }
        }
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

pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root());
    command
}

/// Builds the release widget into `dist/` and prints its sizes.
///
/// Trunk builds the page, the CSS and the loader; the wasm goes through a pipeline of its own,
/// because wasm-split has to work between cargo and wasm-bindgen (Trunk has no step there):
/// cargo (feature `split`, relocations kept) → wasm-split (the main module and one chunk per
/// part fetched on demand, see src/components/on_demand.rs) → wasm-bindgen (the glue) →
/// wasm-opt -Oz on every module.
fn build_widget() -> Result<PathBuf> {
    step("Building the widget: page, CSS and loader (trunk build --release)");
    run(Command::new("trunk")
        .args(["build", "--release"])
        .env("PATH", setup::tool_path())
        .current_dir(root()))?;
    let dist = root().join("dist");
    build_wasm(&dist)?;
    minify_js(
        &dist,
        &["sportello.js", "sportello-app.js", "__wasm_split.js"],
    )?;
    bench::precompress(&dist)?;
    print_sizes(&dist)?;
    Ok(dist)
}

/// The features of the wasm Rust 1.95 emits for wasm32-unknown-unknown (wasm-bindgen drops the
/// section that names them, so wasm-opt is told).
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-reference-types",
    "--enable-sign-ext",
    "--enable-multivalue",
];

/// wasm-opt's arguments that drop the exports no Leptos client-side app calls: the JavaScript
/// stream adapters of `wasm-streams` (`IntoUnderlyingSink`, `…Source`, `…ByteSource`), which
/// Leptos links for server functions' streaming bodies. Their glue classes stay but are never
/// constructed; without the exports, wasm-opt drops their code (−1.4 KB brotli).
const DROPPED_EXPORTS: &[&str] = &[
    "--remove-exports",
    "--pass-arg=remove-exports@*ntounderlying*",
];

/// The wasm half of `build_widget`: writes the glue (`sportello-app.js`), the chunk loader
/// (`__wasm_split.js`), the main module (`sportello-app_bg.wasm`) and the chunks into `dist`.
fn build_wasm(dist: &Path) -> Result<()> {
    step("Building the widget: wasm (cargo, wasm-split, wasm-bindgen, wasm-opt -Oz)");
    // `cargo rustc` passes the link argument to the widget's crate alone (the one that links):
    // the linker keeps its relocations, so wasm-split can follow every reference when it cuts
    // the module; wasm-split, wasm-bindgen and wasm-opt drop them again.
    run(cargo().args([
        "rustc",
        "--lib",
        "--package",
        "sportello-app",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-release",
        "--features",
        "split",
        "--",
        "-Clink-args=--emit-relocs",
    ]))?;
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from);
    let linked = target.join("wasm32-unknown-unknown/wasm-release/sportello_app.wasm");
    let work = target.join("sportello-split");
    if work.exists() {
        std::fs::remove_dir_all(&work)?;
    }
    let split = work.join("split");
    let bound = work.join("bindgen");
    setup::ensure_dir(&split)?;
    run(Command::new("wasm-split-cli")
        .arg(&linked)
        .arg(&split)
        .args(["--target", "web", "--out-name", "sportello-app"]))?;
    run(Command::new("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--keep-lld-exports",
            "--no-demangle",
        ])
        .args(["--out-name", "sportello-app", "--out-dir"])
        .arg(&bound)
        .arg(split.join("sportello-app.wasm")))?;
    std::fs::copy(
        bound.join("sportello-app.js"),
        dist.join("sportello-app.js"),
    )
    .context("copying the glue into dist/")?;
    std::fs::copy(split.join("__wasm_split.js"), dist.join("__wasm_split.js"))
        .context("copying the chunk loader into dist/")?;
    let mut modules = vec![bound.join("sportello-app_bg.wasm")];
    modules.extend(wasm_files_except(&split, "sportello-app.wasm")?);
    for module in modules {
        optimise_wasm(&module, &dist.join(module.file_name().unwrap_or_default()))?;
    }
    Ok(())
}

/// wasm-opt -Oz from `input` to `output` (may be the same file), dropping [`DROPPED_EXPORTS`]:
/// every module of the widget, and the floor's in the bench.
pub fn optimise_wasm(input: &Path, output: &Path) -> Result<()> {
    run(Command::new(setup::wasm_opt())
        .args(DROPPED_EXPORTS)
        .arg("-Oz")
        .args(WASM_FEATURES)
        .arg(input)
        .arg("-o")
        .arg(output))
}

/// The JavaScript of `names` in `dir` ships minified (esbuild, in place; module syntax and
/// export names kept, so the loader, the glue and the chunk loader still find each other):
/// every page of a shop loads the loader, every first open the glue and the chunk loader.
pub fn minify_js(dir: &Path, names: &[&str]) -> Result<()> {
    for name in names {
        let file = dir.join(name);
        run(Command::new(setup::esbuild())
            .arg(&file)
            .args([
                "--minify",
                "--format=esm",
                "--target=es2022",
                "--log-level=warning",
                // wasm-bindgen's glue names the chunk loader's module twice in its imports
                // object (the same namespace both times).
                "--log-override:duplicate-object-key=silent",
                "--allow-overwrite",
            ])
            .arg(format!("--outfile={}", file.display())))?;
    }
    Ok(())
}

fn print_sizes(dist: &Path) -> Result<()> {
    eprintln!("\n  file                    raw      gzip -9   brotli -q 11");
    let row = |name: &str, size: bench::Size| {
        eprintln!(
            "  {name:<22} {:>8} {:>10} {:>12}",
            size.raw, size.gzip, size.brotli
        );
    };
    let mut total = bench::Size::default();
    for name in ["sportello.js"].into_iter().chain(FIRST_OPEN) {
        let size = bench::size_of(&dist.join(name))?;
        total = total + size;
        row(name, size);
    }
    row("first open", total);
    let mut on_demand = bench::Size::default();
    for chunk in chunks(dist)? {
        let size = bench::size_of(&chunk)?;
        on_demand = on_demand + size;
        row(
            &chunk.file_name().unwrap_or_default().to_string_lossy(),
            size,
        );
    }
    row("on demand", on_demand);
    eprintln!("  (bytes)");
    Ok(())
}

/// What a visitor's browser fetches on the first open, after the loader: the glue, the chunk
/// loader, the main module and the CSS.
pub const FIRST_OPEN: [&str; 4] = [
    "sportello-app.js",
    "__wasm_split.js",
    "sportello-app_bg.wasm",
    "sportello.css",
];

/// The wasm chunks fetched on demand (the order view, the complaint views, code they share).
pub fn chunks(dist: &Path) -> Result<Vec<PathBuf>> {
    wasm_files_except(dist, "sportello-app_bg.wasm")
}

/// The `.wasm` files of `dir` but `main`, sorted.
fn wasm_files_except(dir: &Path, main: &str) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.ends_with(".wasm") && name != main {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Fails when the release widget outgrows the budget kept in `bench/budget.json`.
fn check_size_budget(dist: &Path) -> Result<()> {
    let budget: serde_json::Value = serde_json::from_slice(
        &std::fs::read(root().join("bench/budget.json")).context("reading bench/budget.json")?,
    )?;
    let limit = |key: &str| {
        budget[key]
            .as_u64()
            .with_context(|| format!("bench/budget.json has no number {key:?}"))
    };
    let brotli = |path: &Path| bench::size_of(path).map(|s| s.brotli as u64);
    let mut first_open = 0;
    for name in FIRST_OPEN {
        first_open += brotli(&dist.join(name))?;
    }
    let mut on_demand = 0;
    let chunks = chunks(dist)?;
    for chunk in &chunks {
        on_demand += brotli(chunk)?;
    }
    let loader = brotli(&dist.join("sportello.js"))?;
    let checks = [
        (
            "first open (glue, chunk loader, main wasm, CSS)",
            first_open,
            "first_open_brotli",
        ),
        (
            "the chunks fetched on demand",
            on_demand,
            "on_demand_brotli",
        ),
        ("the loader", loader, "loader_brotli"),
    ];
    for (what, size, key) in checks {
        let limit = limit(key)?;
        eprintln!("  size budget: {what}: {size} of {limit} bytes brotli");
        if size > limit {
            bail!("{what} is over its size budget: {size} > {limit} bytes brotli ({key} in bench/budget.json)");
        }
    }
    if chunks.len() < 2 {
        bail!("expected the order and complaint chunks in dist/, found {chunks:?}: did wasm-split run?");
    }
    Ok(())
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
        .env("SPORTELLO_UPDATE_OPENAPI", "1"))
}

fn test(args: &[String]) -> Result<()> {
    if let Some(arg) = args.first() {
        bail!("cargo xtask test takes no arguments (got {arg:?})");
    }
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
    timed("native tests", &mut || {
        step("Native tests: contract, reference backend (HTTP on SQLite), widget logic, xtask");
        run(cargo().args(["test", "--workspace", "--all-features"]))
    })?;
    timed("browser tests", &mut || {
        step("Browser tests: wasm-pack test --headless --chrome (headless Chromium)");
        run(Command::new("wasm-pack")
            .args(["test", "--headless", "--chrome", "--mode", "no-install"])
            .env("CHROMEDRIVER", "/usr/bin/chromedriver")
            .env("PATH", setup::tool_path())
            .current_dir(root()))
    })?;
    timed("release build", &mut || check_size_budget(&build_widget()?))?;
    timed("end-to-end + conformance", &mut || {
        step("Starting the reference backend on a fresh SQLite file");
        let server = server::Server::start_fresh()?;
        step("End-to-end tests: Playwright on the system Chromium");
        run(Command::new("node")
            .args([
                "--test",
                "--test-reporter=spec",
                // One file at a time: the complaint journeys move the backend's clock.
                "--test-concurrency=1",
                "lookup.test.mjs",
                "tracking.test.mjs",
                "faults.test.mjs",
                "complaints.test.mjs",
                "embedding.test.mjs",
                "locales.test.mjs",
            ])
            .env("SPORTELLO_URL", &server.url)
            .env("SPORTELLO_ADMIN_TOKEN", &server.admin_token)
            // The shop on another site that embeds the widget across origins (allowed in CORS).
            .env("SPORTELLO_SHOP_ORIGIN", server::TEST_SHOP_ORIGIN)
            .current_dir(root().join("e2e")))?;
        step("Contract conformance of the reference backend");
        conformance::check(
            &format!("{}v1", server.url),
            &[("SP-1001".to_owned(), "giulia.rossi@example.com".to_owned())],
            Some(server::TEST_SHOP_ORIGIN),
        )?;
        step("Schemathesis: generated requests against the reference backend from openapi.json");
        run(Command::new(setup::schemathesis_bin())
            .arg("--config-file")
            .arg(root().join("contract/schemathesis.toml"))
            .args(["run", "openapi.json", "--url"])
            .arg(server.url.trim_end_matches('/'))
            .args(["--max-examples", "30", "--seed", "1", "--no-color"])
            .current_dir(root().join("contract")))?;
        let minimal = server::Server::start_minimal()?;
        step("Contract conformance of the minimal backend (config and lookup only)");
        conformance::check(
            &format!("{}v1", minimal.url),
            &[("MB-1001".to_owned(), "ada.lovelace@example.com".to_owned())],
            None,
        )?;
        step("End-to-end test of the widget on the minimal backend");
        run(Command::new("node")
            .args(["--test", "--test-reporter=spec", "minimal.test.mjs"])
            .env("SPORTELLO_MINIMAL_URL", &minimal.url)
            .current_dir(root().join("e2e")))
    })?;

    eprintln!("\n  suite                       time");
    for (name, took) in timings {
        eprintln!("  {name:<26} {took:>6.1?}");
    }
    Ok(())
}

fn demo(args: &[String]) -> Result<()> {
    let mut port = 8080u16;
    let mut host = "127.0.0.1".to_owned();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => port = args.next().context("--port needs a number")?.parse()?,
            "--host" => host = args.next().context("--host needs an address")?.clone(),
            other => bail!("unknown option {other:?}\n\n{HELP}"),
        }
    }
    setup::build_tools()?;
    build_widget()?;
    step("Starting the reference backend with the demo shop (data/demo.db)");
    let server = server::Server::start(&root().join("data/demo.db"), &format!("{host}:{port}"))?;
    eprintln!(
        "\n  Demo shop:  {url}\n  Widget alone (full page): {url}widget/\n  Contract:   {url}v1/config\n\n  Try order SP-1002 with marco.bianchi@example.com (the page lists every demo order).\n  Admin API (Bearer {token}): e.g. curl -X POST -H 'Authorization: Bearer {token}' {url}admin/detector/run\n\n  Press Ctrl-C to stop.",
        url = server.url,
        token = server::DEMO_ADMIN_TOKEN
    );
    server.wait()
}
