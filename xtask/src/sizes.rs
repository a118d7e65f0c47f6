//! What the release widget weighs: raw, `gzip -9` and `brotli -q 11` bytes of each file, the
//! compressed twins written beside `dist/`'s files, the size table of `cargo xtask build`, and the
//! size budget (`bench/budget.json`) that `cargo xtask test` enforces.

use std::{path::Path, process::Command};

use anyhow::{bail, Context, Result};

use crate::{
    root,
    widget::{chunks, FIRST_OPEN},
};

/// Raw, `gzip -9` and `brotli -q 11` bytes of one file.
#[derive(Clone, Copy, Default)]
pub struct Size {
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

impl std::ops::Add for Size {
    type Output = Size;
    fn add(self, other: Size) -> Size {
        Size {
            raw: self.raw + other.raw,
            gzip: self.gzip + other.gzip,
            brotli: self.brotli + other.brotli,
        }
    }
}

/// The file compressed by `program` (`gzip`, `brotli`) with `args`, which must write to stdout.
fn compressed(program: &str, args: &[&str], file: &Path) -> Result<Vec<u8>> {
    let output = Command::new(program)
        .args(args)
        .arg(file)
        .output()
        .with_context(|| format!("running {program}"))?;
    if !output.status.success() {
        bail!("{program} failed on {}", file.display());
    }
    Ok(output.stdout)
}

const GZIP: &[&str] = &["-9", "-n", "-c"];
const BROTLI: &[&str] = &["-q", "11", "-c"];

/// The sizes of `file`, compressed as a server would send it.
pub fn size_of(file: &Path) -> Result<Size> {
    Ok(Size {
        raw: std::fs::metadata(file)
            .with_context(|| format!("{} is missing", file.display()))?
            .len() as usize,
        gzip: compressed("gzip", GZIP, file)?.len(),
        brotli: compressed("brotli", BROTLI, file)?.len(),
    })
}

/// Writes `name.br` (brotli -q 11) and `name.gz` (gzip -9) beside each text and wasm file of a
/// release build, so that the reference backend (and any static host) sends them compressed
/// without compressing on every request.
pub fn precompress(dist: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dist)? {
        let path = entry?.path();
        let compressible = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("wasm" | "js" | "css" | "html" | "json" | "svg")
        );
        if !compressible || !path.is_file() {
            continue;
        }
        for (program, args, ext) in [("brotli", BROTLI, "br"), ("gzip", GZIP, "gz")] {
            let packed = compressed(program, args, &path)?;
            let mut name = path.file_name().unwrap_or_default().to_owned();
            name.push(format!(".{ext}"));
            std::fs::write(path.with_file_name(name), packed)?;
        }
    }
    Ok(())
}

/// The size table of a release build: the loader, the first open, the chunks fetched on demand.
pub fn print_sizes(dist: &Path) -> Result<()> {
    eprintln!("\n  file                    raw      gzip -9   brotli -q 11");
    let row = |name: &str, size: Size| {
        eprintln!(
            "  {name:<22} {:>8} {:>10} {:>12}",
            size.raw, size.gzip, size.brotli
        );
    };
    let mut total = Size::default();
    for name in ["sportello.js"].into_iter().chain(FIRST_OPEN) {
        let size = size_of(&dist.join(name))?;
        total = total + size;
        row(name, size);
    }
    row("first open", total);
    let mut on_demand = Size::default();
    for chunk in chunks(dist)? {
        let size = size_of(&chunk)?;
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

/// Fails when the release widget outgrows the budget kept in `bench/budget.json`.
pub fn check_size_budget(dist: &Path) -> Result<()> {
    let budget: serde_json::Value = serde_json::from_slice(
        &std::fs::read(root().join("bench/budget.json")).context("reading bench/budget.json")?,
    )?;
    let limit = |key: &str| {
        budget[key]
            .as_u64()
            .with_context(|| format!("bench/budget.json has no number {key:?}"))
    };
    let brotli = |path: &Path| size_of(path).map(|s| s.brotli as u64);
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
    if chunks.len() < 2 {
        bail!("expected the order and complaint chunks in dist/, found {chunks:?}: did wasm-split run?");
    }
    let baseline = crate::widget::target_dir().join("sportello-size-baseline");
    for (what, size, key) in checks {
        let limit = limit(key)?;
        eprintln!("  size budget: {what}: {size} of {limit} bytes brotli");
        if size > limit {
            let grown = crate::size_diff::report(&crate::widget::split_dir(), &baseline)
                .unwrap_or_else(|error| format!("(no list of what grew: {error:#})"));
            bail!("{what} is over its size budget: {size} > {limit} bytes brotli ({key} in bench/budget.json)\n{grown}");
        }
    }
    // Within budget: the next build that is not compares itself with this one.
    crate::size_diff::keep_baseline(&crate::widget::split_dir(), &baseline)
}
