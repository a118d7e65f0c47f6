//! Installs what the build and the tests need, once per machine, skipping whatever is there.
//!
//! Every step checks first (a version, a file) and says what it does when it does something, so
//! a second run costs well under a second. The recipe and its traps are in ARCHITECTURE.md.

use std::{
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::{bail, Context, Result};

use crate::{cmd_output, root, run, step};

pub const TRUNK_VERSION: &str = "0.21.14";
pub const WASM_PACK_VERSION: &str = "0.15.1";

/// Everything the build needs (Rust side and wasm-opt).
pub fn build_tools() -> Result<()> {
    wasm_target()?;
    wasm_bindgen_cli()?;
    cargo_tool("trunk", TRUNK_VERSION, true)?;
    wasm_split_cli()?;
    node_tools()?;
    Ok(())
}

pub const WASM_SPLIT_VERSION: &str = "0.2.4";

/// `wasm-split-cli` (crate wasm_split_cli_support, the splitter cargo-leptos uses). It has no
/// `--version`, so cargo's own record of installed crates says which one is there.
fn wasm_split_cli() -> Result<()> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .context("neither CARGO_HOME nor HOME is set")?;
    let record = std::fs::read_to_string(home.join(".crates.toml")).unwrap_or_default();
    let want = format!("\"wasm_split_cli_support {WASM_SPLIT_VERSION} ");
    if record.contains(&want) && cmd_output("wasm-split-cli", &["--help"]).is_some() {
        return Ok(());
    }
    step(&format!(
        "Installing wasm-split-cli {WASM_SPLIT_VERSION} (first time only, about a minute)"
    ));
    run(Command::new("cargo").args([
        "install",
        "wasm_split_cli_support",
        "--version",
        WASM_SPLIT_VERSION,
        "--features",
        "build-binary",
        "--locked",
        "--force",
    ]))
}

/// binaryen's wasm-opt from npm (Debian's 108 silently breaks the module).
pub fn wasm_opt() -> PathBuf {
    root().join("e2e/node_modules/.bin/wasm-opt")
}

/// esbuild from npm: minifies the loader, the glue and the chunk loader.
pub fn esbuild() -> PathBuf {
    root().join("e2e/node_modules/.bin/esbuild")
}

/// Biome from npm: lints the loader and the end-to-end suite in the tidy stage.
pub fn biome() -> PathBuf {
    root().join("e2e/node_modules/.bin/biome")
}

/// TypeScript from npm: type-checks the loader (plain JavaScript with JSDoc types) in the tidy
/// stage, with `tsconfig.json` at the root.
pub fn tsc() -> PathBuf {
    root().join("e2e/node_modules/.bin/tsc")
}

/// Everything the test suites need on top of the build tools.
pub fn test_tools() -> Result<()> {
    build_tools()?;
    cargo_tool("wasm-pack", WASM_PACK_VERSION, true)?;
    system_packages()?;
    schemathesis()?;
    smtp_server()?;
    Ok(())
}

/// aiosmtpd, pinned, from PyPI: the real SMTP server the mail tests start.
pub const AIOSMTPD_VERSION: &str = "1.4.6";

/// The Python of a virtual environment with aiosmtpd, kept per machine, created on first use.
pub fn smtp_python() -> PathBuf {
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("/root"), PathBuf::from);
    home.join(".cache/sportello")
        .join(format!("aiosmtpd-{AIOSMTPD_VERSION}"))
        .join("bin/python")
}

fn smtp_server() -> Result<()> {
    let python = smtp_python();
    if python.exists() {
        return Ok(());
    }
    let venv = python
        .parent()
        .and_then(Path::parent)
        .context("venv path")?;
    step("Installing aiosmtpd from PyPI into a virtual environment (first time only)");
    run(Command::new("python3").arg("-m").arg("venv").arg(venv))?;
    run(Command::new(venv.join("bin/pip"))
        .args(["install", "--quiet", "--disable-pip-version-check"])
        .arg(format!("aiosmtpd=={AIOSMTPD_VERSION}")))
}

/// Schemathesis, pinned, from PyPI.
pub const SCHEMATHESIS_VERSION: &str = "4.32.5";

/// The `st` command of Schemathesis, in a virtual environment kept per machine (reused by every
/// clone), created on first use.
pub fn schemathesis_bin() -> PathBuf {
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("/root"), PathBuf::from);
    home.join(".cache/sportello")
        .join(format!("schemathesis-{SCHEMATHESIS_VERSION}"))
        .join("bin/st")
}

fn schemathesis() -> Result<()> {
    let st = schemathesis_bin();
    if st.exists() {
        return Ok(());
    }
    let venv = st.parent().and_then(Path::parent).context("venv path")?;
    step("Installing Schemathesis from PyPI into a virtual environment (first time only)");
    run(Command::new("python3").arg("-m").arg("venv").arg(venv))?;
    run(Command::new(venv.join("bin/pip"))
        .args(["install", "--quiet", "--disable-pip-version-check"])
        .arg(format!("schemathesis=={SCHEMATHESIS_VERSION}")))
}

fn wasm_target() -> Result<()> {
    let installed = cmd_output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    step("Installing the Rust wasm32-unknown-unknown target (first time only)");
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The wasm-bindgen version pinned in Cargo.lock: the CLI must equal it exactly.
pub fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return Ok(version.trim_matches('"').to_owned());
            }
        }
    }
    bail!("wasm-bindgen is not in Cargo.lock")
}

fn wasm_bindgen_cli() -> Result<()> {
    let want = locked_wasm_bindgen_version()?;
    let have = cmd_output("wasm-bindgen", &["--version"]).unwrap_or_default();
    let runner = cmd_output("wasm-bindgen-test-runner", &["--version"]).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(want.as_str()) && runner.contains(&want) {
        return Ok(());
    }
    step(&format!(
        "Installing wasm-bindgen-cli {want} to match Cargo.lock (first time only, ~3 min)"
    ));
    // Without --locked: its own lockfile names a dependency version the registry no longer serves.
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &want, "--force"]))
}

pub fn cargo_tool(name: &str, version: &str, locked: bool) -> Result<()> {
    let have = cmd_output(name, &["--version"]).unwrap_or_default();
    if have.split_whitespace().any(|word| word == version) {
        return Ok(());
    }
    step(&format!(
        "Installing {name} {version} (first time only, a few minutes on 2 cores)"
    ));
    let mut command = Command::new("cargo");
    command.args(["install", name, "--version", version, "--force"]);
    if locked {
        command.arg("--locked");
    }
    run(&mut command)
}

/// Node packages of `e2e/package.json`: playwright-core (on the system Chromium, it never
/// downloads a browser), axe-core, and binaryen's wasm-opt and esbuild used by the build.
pub fn node_tools() -> Result<()> {
    npm_ci("e2e", "esbuild")
}

/// `npm ci` in `dir` (relative to the repository) unless its node_modules already match the
/// lock file and hold `.bin/<marker>`.
pub fn npm_ci(dir: &str, marker: &str) -> Result<()> {
    let dir = root().join(dir);
    let lock = std::fs::read(dir.join("package-lock.json"))
        .with_context(|| format!("reading {}/package-lock.json", dir.display()))?;
    let stamp = dir.join("node_modules/.sportello-lock");
    if std::fs::read(&stamp).ok().as_deref() == Some(lock.as_slice())
        && dir.join("node_modules/.bin").join(marker).exists()
    {
        return Ok(());
    }
    if cmd_output("npm", &["--version"]).is_none() {
        bail!("npm is missing: install Node.js 20 or newer (apt-get install nodejs npm)");
    }
    step(&format!(
        "Installing the node packages of {} (npm ci)",
        dir.display()
    ));
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(&dir))?;
    std::fs::write(stamp, lock)?;
    Ok(())
}

/// Chromium, its driver and brotli, from Debian's packages.
fn system_packages() -> Result<()> {
    let missing: Vec<&str> = [
        ("chromium", "chromium"),
        ("chromedriver", "chromium-driver"),
        ("brotli", "brotli"),
    ]
    .into_iter()
    .filter(|(binary, _)| !on_path(binary))
    .map(|(_, package)| package)
    .collect();
    if missing.is_empty() {
        return Ok(());
    }
    step(&format!(
        "Installing {} from Debian's packages (first time only)",
        missing.join(", ")
    ));
    let sudo = !is_root() && on_path("sudo");
    let apt = |args: &[&str]| {
        let mut command = if sudo {
            let mut c = Command::new("sudo");
            c.arg("apt-get");
            c
        } else {
            Command::new("apt-get")
        };
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut command)
    };
    apt(&["update", "-q"])?;
    let mut args = vec!["install", "-y", "-q", "--no-install-recommends"];
    args.extend(missing);
    apt(&args)
}

pub fn on_path(binary: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(binary).is_file()))
}

fn is_root() -> bool {
    cmd_output("id", &["-u"]).is_some_and(|id| id.trim() == "0")
}

/// PATH with the node tools first, so Trunk finds binaryen's wasm-opt (never Debian's 108).
pub fn tool_path() -> std::ffi::OsString {
    let bin = root().join("e2e/node_modules/.bin");
    let mut paths = vec![bin];
    if let Some(existing) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&existing));
    }
    std::env::join_paths(paths).expect("PATH entries are valid")
}

pub fn ensure_dir(path: &Path) -> Result<()> {
    std::fs::create_dir_all(path).with_context(|| format!("creating {}", path.display()))
}
