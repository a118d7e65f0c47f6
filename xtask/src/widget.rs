//! The release widget's pipeline: Trunk for the page, the CSS and the loader; cargo → wasm-split
//! → wasm-bindgen → wasm-opt for the wasm; esbuild for the JavaScript; then the `.br`/`.gz` twins
//! and the size table. Also what `dist/` holds: the first open and the chunks fetched on demand.

use std::{
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::{Context, Result};

use crate::{cargo, root, run, setup, sizes, step};

/// Builds the release widget into `dist/` (its full page talking to the API at `/v1`) and prints
/// its sizes.
pub fn build_widget() -> Result<PathBuf> {
    build_widget_for(None)
}

/// As [`build_widget`], with the full page (`dist/index.html`, the page for links from e-mails)
/// talking to the API at `page_api_base` when given: an absolute `https://` URL or a path.
///
/// Trunk builds the page, the CSS and the loader; the wasm goes through a pipeline of its own,
/// because wasm-split has to work between cargo and wasm-bindgen (Trunk has no step there):
/// cargo (feature `split`, relocations kept) → wasm-split (the main module and one chunk per
/// part fetched on demand, see src/split.rs) → wasm-bindgen (the glue) →
/// wasm-opt -Oz on every module.
pub fn build_widget_for(page_api_base: Option<&str>) -> Result<PathBuf> {
    step("Building the widget: page, CSS and loader (trunk build --release)");
    run(Command::new("trunk")
        .args(["build", "--release"])
        .env("PATH", setup::tool_path())
        .current_dir(root()))?;
    let dist = root().join("dist");
    if let Some(base) = page_api_base {
        set_page_api_base(&dist.join("index.html"), base)?;
    }
    build_wasm(&dist)?;
    minify_js(
        &dist,
        &["sportello.js", "sportello-app.js", "__wasm_split.js"],
    )?;
    sizes::precompress(&dist)?;
    sizes::print_sizes(&dist)?;
    Ok(dist)
}

/// Points the full page's widget at `base` (the `api-base="/v1"` that index.html carries).
fn set_page_api_base(page: &Path, base: &str) -> Result<()> {
    let plain = base
        .chars()
        .all(|c| c.is_ascii_graphic() && !"\"'<>&`".contains(c));
    if !(plain && (base.starts_with("https://") || base.starts_with('/'))) {
        anyhow::bail!(
            "--api-base must be an https:// URL or a path, without quotes or < > &: {base}"
        );
    }
    let html = std::fs::read_to_string(page)?;
    let from = r#"<sportello-widget api-base="/v1""#;
    if !html.contains(from) {
        anyhow::bail!("{} has no {from}", page.display());
    }
    let to = format!(r#"<sportello-widget api-base="{base}""#);
    std::fs::write(page, html.replacen(from, &to, 1))?;
    eprintln!("  the full page talks to {base}");
    Ok(())
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
    let linked = target_dir().join("wasm32-unknown-unknown/wasm-release/sportello_app.wasm");
    let work = split_dir();
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

/// Cargo's target directory.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

/// Where the last release build left its modules before wasm-opt, names and all: `split/` (as
/// wasm-split cut them) and `bindgen/` (the main module after wasm-bindgen).
pub fn split_dir() -> PathBuf {
    target_dir().join("sportello-split")
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

#[cfg(test)]
mod tests {
    use super::set_page_api_base;

    #[test]
    fn the_full_page_api_base_is_set_only_to_a_plain_url_or_path() {
        let dir = tempfile::tempdir().unwrap();
        let page = dir.path().join("index.html");
        let original =
            "<main><sportello-widget api-base=\"/v1\" page=\"full\"></sportello-widget></main>";
        std::fs::write(&page, original).unwrap();
        for bad in [
            "http://api.example/v1",
            "https://api.example/v1\" onload=\"x",
            "https://a.example/<v1>",
            "api/v1",
        ] {
            assert!(set_page_api_base(&page, bad).is_err(), "{bad}");
        }
        assert_eq!(std::fs::read_to_string(&page).unwrap(), original);
        set_page_api_base(&page, "https://api.shop.example/v1").unwrap();
        assert!(std::fs::read_to_string(&page)
            .unwrap()
            .contains(r#"<sportello-widget api-base="https://api.shop.example/v1" page="full">"#));
    }
}
