//! What grew, when the size budget fails: the functions of the widget's modules by name, read
//! before wasm-opt strips the names (wasm-bindgen's main module and wasm-split's chunks in
//! `target/sportello-split/`), compared with the last build that was within budget, which
//! [`keep_baseline`] leaves in `target/sportello-size-baseline/`. Like `twiggy diff`, on the
//! sizes of function bodies; without a baseline (a clean clone), the largest functions.

use std::{
    collections::{BTreeMap, HashMap},
    fmt::Write as _,
    path::{Path, PathBuf},
};

use anyhow::{Context, Result};
use wasmparser::{KnownCustom, Name, Parser, Payload, TypeRef};

/// How many functions a report lists.
const LISTED: usize = 20;

/// The named modules of a build in `work` (`target/sportello-split`): the main module as
/// wasm-bindgen left it and every chunk as wasm-split cut it.
fn named_modules(work: &Path) -> Result<Vec<PathBuf>> {
    let mut modules = vec![work.join("bindgen/sportello-app_bg.wasm")];
    let split = work.join("split");
    for entry in
        std::fs::read_dir(&split).with_context(|| format!("reading {}", split.display()))?
    {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.ends_with(".wasm") && name != "sportello-app.wasm" {
            modules.push(path);
        }
    }
    modules.sort();
    Ok(modules)
}

/// The size of each function body of a module, by demangled name; functions without a name are
/// counted together under "(unnamed)".
pub fn function_sizes(wasm: &[u8]) -> Result<BTreeMap<String, u64>> {
    let mut imported = 0u32;
    let mut bodies = Vec::new();
    let mut names = HashMap::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(import?.ty, TypeRef::Func(_) | TypeRef::FuncExact(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => bodies.push(body.range().len() as u64),
            Payload::CustomSection(section) => {
                if let KnownCustom::Name(reader) = section.as_known() {
                    for name in reader {
                        if let Name::Function(map) = name? {
                            for naming in map {
                                let naming = naming?;
                                names.insert(naming.index, naming.name);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut sizes = BTreeMap::new();
    for (index, size) in (imported..).zip(bodies) {
        let name = names.get(&index).map_or_else(
            || "(unnamed)".to_owned(),
            |name| format!("{:#}", rustc_demangle::demangle(name)),
        );
        *sizes.entry(name).or_default() += size;
    }
    Ok(sizes)
}

/// The function sizes of every module of a build, added up by name (a function that moved from
/// one chunk to another did not grow).
fn build_sizes(modules: &[PathBuf]) -> Result<BTreeMap<String, u64>> {
    let mut sizes = BTreeMap::new();
    for module in modules {
        let wasm =
            std::fs::read(module).with_context(|| format!("reading {}", module.display()))?;
        for (name, size) in function_sizes(&wasm)
            .with_context(|| format!("reading the functions of {}", module.display()))?
        {
            *sizes.entry(name).or_default() += size;
        }
    }
    Ok(sizes)
}

/// The functions that grew from `before` to `after` (new ones included), most growth first:
/// (name, growth, size after).
pub fn grown(
    before: &BTreeMap<String, u64>,
    after: &BTreeMap<String, u64>,
) -> Vec<(String, i64, u64)> {
    let mut grown: Vec<_> = after
        .iter()
        .filter_map(|(name, &size)| {
            let growth = size as i64 - before.get(name).copied().unwrap_or(0) as i64;
            (growth > 0).then(|| (name.clone(), growth, size))
        })
        .collect();
    grown.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    grown
}

fn short(name: &str) -> String {
    const MAX: usize = 110;
    if name.chars().count() <= MAX {
        name.to_owned()
    } else {
        let mut cut: String = name.chars().take(MAX - 1).collect();
        cut.push('…');
        cut
    }
}

/// What grew since the baseline, or the largest functions when there is none, as the lines
/// printed under a failed budget.
pub fn report(work: &Path, baseline: &Path) -> Result<String> {
    let after = build_sizes(&named_modules(work)?)?;
    let total_after: u64 = after.values().sum();
    let mut out = String::new();
    match named_modules(baseline) {
        Ok(modules) if modules.iter().all(|m| m.exists()) => {
            let before = build_sizes(&modules)?;
            let total_before: u64 = before.values().sum();
            let since = std::fs::read_to_string(baseline.join("COMMIT")).unwrap_or_default();
            writeln!(
                out,
                "Function bodies (before wasm-opt) since the last build within budget ({}): \
                 {total_before} → {total_after} bytes. Grown most:",
                since.trim()
            )?;
            let grown = grown(&before, &after);
            for (name, growth, size) in grown.iter().take(LISTED) {
                writeln!(out, "  {growth:>+7} B  ({size:>6} B)  {}", short(name))?;
            }
            let gone: Vec<_> = before
                .keys()
                .filter(|name| !after.contains_key(*name))
                .collect();
            writeln!(
                out,
                "  ({} functions grew or appeared, {} disappeared)",
                grown.len(),
                gone.len()
            )?;
        }
        _ => {
            writeln!(
                out,
                "No earlier build within budget to compare with (each one leaves its modules in \
                 {}); build the last good commit with `cargo xtask build`, then yours, to see what \
                 grew. The largest functions now ({total_after} bytes of bodies before wasm-opt):",
                baseline.display()
            )?;
            let mut largest: Vec<_> = after.iter().collect();
            largest.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
            for (name, size) in largest.into_iter().take(LISTED) {
                writeln!(out, "  {size:>7} B  {}", short(name))?;
            }
        }
    }
    Ok(out)
}

/// After a build within budget: its named modules become the baseline of the next report.
pub fn keep_baseline(work: &Path, baseline: &Path) -> Result<()> {
    if baseline.exists() {
        std::fs::remove_dir_all(baseline)?;
    }
    for module in named_modules(work)? {
        let relative = module.strip_prefix(work).context("a module of the build")?;
        let copy = baseline.join(relative);
        if let Some(parent) = copy.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(&module, &copy)?;
    }
    let commit = crate::cmd_output("git", &["rev-parse", "--short", "HEAD"]).unwrap_or_default();
    let dirty = crate::cmd_output("git", &["status", "--porcelain", "--untracked-files=no"])
        .is_some_and(|status| !status.trim().is_empty());
    std::fs::write(
        baseline.join("COMMIT"),
        format!(
            "{}{}",
            commit.trim(),
            if dirty { " with local changes" } else { "" }
        ),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(funcs: &str) -> Vec<u8> {
        wat::parse_str(format!(
            r#"(module (import "env" "log" (func $log (param i32))) {funcs})"#
        ))
        .expect("valid text format")
    }

    #[test]
    fn names_the_functions_that_grew_or_appeared_most_first() {
        let before = function_sizes(&module(
            "(func $kept (call $log (i32.const 1)))
             (func $grows (call $log (i32.const 1)))
             (func $goes (call $log (i32.const 1)))",
        ))
        .unwrap();
        let after = function_sizes(&module(
            "(func $kept (call $log (i32.const 1)))
             (func $grows (call $log (i32.const 1)) (call $log (i32.const 2)) (call $log (i32.const 3)))
             (func $new (call $log (i32.const 1)))",
        ))
        .unwrap();
        assert_eq!(before.len(), 3, "{before:?}: the import is not a body");
        let names: Vec<_> = grown(&before, &after)
            .into_iter()
            .map(|(name, growth, _)| (name, growth > 0))
            .collect();
        assert_eq!(
            names,
            [("grows".to_owned(), true), ("new".to_owned(), true)],
            "kept did not grow, goes is gone"
        );
    }

    #[test]
    fn rust_symbols_are_demangled_without_their_hash() {
        let sizes = function_sizes(&module(
            "(func $_ZN13sportello_app6lookup10LookupForm17h0123456789abcdefE)",
        ))
        .unwrap();
        assert!(
            sizes.contains_key("sportello_app::lookup::LookupForm"),
            "{sizes:?}"
        );
    }
}
