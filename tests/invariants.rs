//! Source-level invariants of the widget, checked natively on every `cargo xtask test`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn rust_and_js_sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_and_js_sources(&path, found);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("rs" | "js" | "mjs" | "html")
        ) {
            found.push(path);
        }
    }
}

/// Backend text must always be rendered as text: no HTML injection API anywhere in the widget.
#[test]
fn no_html_injection_apis_in_the_widget() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "public"] {
        rust_and_js_sources(&root.join(dir), &mut files);
    }
    files.push(root.join("index.html"));
    assert!(files.len() > 5, "the scan found too few files: {files:?}");
    // Spelled in pieces so this file does not match itself.
    let forbidden = [
        ["inner", "_html"].concat(),
        ["inner", "HTML"].concat(),
        ["outer", "HTML"].concat(),
        ["insertAdjacent", "HTML"].concat(),
        ["document", ".write"].concat(),
        ["ev", "al("].concat(),
    ];
    let mut offences = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (number, line) in text.lines().enumerate() {
            for needle in &forbidden {
                if line.contains(needle.as_str()) {
                    offences.push(format!(
                        "{}:{}: {}",
                        file.display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "HTML injection APIs found:\n{}",
        offences.join("\n")
    );
}

/// The network is touched only by `src/api/`.
#[test]
fn only_the_api_module_uses_the_network() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_and_js_sources(&root.join("src"), &mut files);
    let api = root.join("src/api");
    let offences: Vec<_> = files
        .iter()
        .filter(|f| !f.starts_with(&api))
        .filter(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            text.contains("gloo_net")
                || text.contains("fetch_with")
                || text.contains("XmlHttpRequest")
        })
        .collect();
    assert!(
        offences.is_empty(),
        "network access outside src/api: {offences:?}"
    );
}
