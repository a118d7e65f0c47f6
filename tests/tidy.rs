//! Docs that stay true: what README, ARCHITECTURE and the loader say is checked against the code.
//! (The commands the README documents are checked in xtask, which declares them.)
#![cfg(not(target_arch = "wasm32"))]

use std::{collections::BTreeSet, path::Path};

use sportello_app::i18n::Locale;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The quoted words after each `marker` in `text` (up to the closing quote).
fn quoted_after(text: &str, marker: &str) -> BTreeSet<String> {
    text.match_indices(marker)
        .filter_map(|(at, _)| {
            let rest = &text[at + marker.len()..];
            let end = rest.find(['"', '\''])?;
            Some(rest[..end].to_owned())
        })
        .collect()
}

/// The element's attributes as README's "Embedding the widget" lists them (`- \`name\``).
fn documented_attributes() -> BTreeSet<String> {
    let readme = read("README.md");
    let section = readme
        .split("## Embedding the widget")
        .nth(1)
        .expect("README has an Embedding section");
    let section = section.split("\n## ").next().unwrap_or(section);
    section
        .lines()
        .filter_map(|line| line.strip_prefix("- `"))
        .filter_map(|rest| rest.split(['`', '=']).next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_readme_documents_exactly_the_attributes_the_widget_reads() {
    let documented = documented_attributes();
    let lib = read("src/lib.rs");
    let loader = read("public/sportello.js");
    let css = read("style/sportello.css");
    let mut read_by_code = quoted_after(&lib, "get_attribute(\"");
    read_by_code.extend(quoted_after(&loader, "getAttribute('"));
    // `theme` is read by the stylesheet (`:host([theme=dark])`) and forwarded by the loader.
    for name in &documented {
        let in_css = css.contains(&format!("[{name}=")) || css.contains(&format!("[{name}]"));
        assert!(
            read_by_code.contains(name) || in_css,
            "README documents the attribute {name:?}, which nothing reads"
        );
    }
    for name in &read_by_code {
        assert!(
            documented.contains(name),
            "the widget reads the attribute {name:?}, which README does not document"
        );
    }
    assert!(
        !read("README.md").contains("data-order"),
        "README names data-order; the attribute is `order`"
    );
}

#[test]
fn the_loader_labels_every_language_the_widget_speaks() {
    let loader = read("public/sportello.js");
    let labels = loader
        .split("const LABELS = {")
        .nth(1)
        .and_then(|rest| rest.split("};").next())
        .expect("the loader keeps its launcher labels in const LABELS");
    let in_loader: BTreeSet<&str> = labels
        .lines()
        .filter_map(|line| line.trim().split_once(':').map(|(tag, _)| tag.trim()))
        .collect();
    let spoken: BTreeSet<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
    assert_eq!(
        in_loader, spoken,
        "the loader's labels and Locale::ALL differ"
    );
    let comment = loader
        .lines()
        .find(|line| line.contains("locale ("))
        .expect("the loader's header names the locale attribute");
    for tag in &spoken {
        assert!(
            comment.contains(tag),
            "the loader's header omits {tag}: {comment}"
        );
    }
}

/// Every path ARCHITECTURE.md names in backticks exists: from the root, from the folder of the
/// code-map entry it is written in (`- **`order/`**: `mod.rs` …`), or inside one of the source
/// folders the code map describes. Build outputs and installed folders are not in a clean clone.
#[test]
fn every_path_architecture_names_exists() {
    let text = read("ARCHITECTURE.md");
    let bases = [
        "",
        "src",
        "server/src",
        "server",
        "xtask/src",
        "contract/src",
        "contract",
        "e2e",
        "bench",
        "tests",
    ];
    let mut missing = Vec::new();
    let mut checked = 0;
    let mut entry = String::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("- **`") {
            let folder = rest.split('`').next().unwrap_or_default();
            entry = if root().join(folder).is_dir() {
                folder.to_owned()
            } else {
                format!("src/{folder}")
            };
        } else if !line.starts_with("  ") {
            entry.clear();
        }
        for token in line.split('`').skip(1).step_by(2) {
            let looks_like_path = !token.contains(' ')
                && !token.contains("://")
                && !token.contains("node_modules")
                && !token.starts_with("__")
                && !token.starts_with("split_")
                && !token.starts_with('/')
                && (!token.starts_with('.') || token.contains('/'))
                && (token.contains('/')
                    || [
                        ".rs", ".js", ".mjs", ".json", ".toml", ".md", ".css", ".html", ".ftl",
                    ]
                    .iter()
                    .any(|ext| token.ends_with(ext)))
                && token
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/._-".contains(c));
            if !looks_like_path {
                continue;
            }
            checked += 1;
            let path = token.trim_end_matches('/');
            let found = std::iter::once(entry.as_str())
                .chain(bases)
                .any(|base| root().join(base).join(path).exists());
            if !found {
                missing.push(token.to_owned());
            }
        }
    }
    assert!(
        checked > 40,
        "too few paths found in ARCHITECTURE.md ({checked})"
    );
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names paths that do not exist: {missing:?}"
    );
}
