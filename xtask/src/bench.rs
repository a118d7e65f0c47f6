//! `cargo xtask bench`: what the widget weighs and how fast it is, side by side with the Leptos
//! floor and the peers, all measured in one run. Writes `bench/results.md` and
//! `bench/results.json`.
//!
//! Sizes are deterministic; times depend on the machine, so they are reported with their ratio
//! to the floor measured in the same run, and never asserted by a test.

use std::{
    path::{Path, PathBuf},
    process::Command,
    time::{Duration, Instant},
};

use anyhow::{bail, Result};
use serde_json::{json, Value};

use crate::{
    root, run,
    server::Server,
    setup,
    sizes::{precompress, size_of, Size},
    step, widget,
};

/// Keep-alive clients of the load figure.
const LOAD_CLIENTS: usize = 8;

/// One thing measured: named parts (loader, glue, wasm, CSS...) and their sum.
struct Artifact {
    name: String,
    note: String,
    parts: Vec<(String, Size)>,
}

impl Artifact {
    fn new(name: &str, note: &str, parts: &[(&str, &Path)]) -> Result<Artifact> {
        Ok(Artifact {
            name: name.into(),
            note: note.into(),
            parts: parts
                .iter()
                .map(|(label, path)| Ok(((*label).to_owned(), size_of(path)?)))
                .collect::<Result<_>>()?,
        })
    }

    fn total(&self) -> Size {
        self.parts
            .iter()
            .fold(Size::default(), |sum, (_, size)| sum + size.to_owned())
    }

    fn part(&self, label: &str) -> Size {
        self.parts
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, s)| *s)
            .unwrap_or_default()
    }
}

/// Measures everything in one run: `runs` browser runs per figure (medians), Lighthouse unless
/// `lighthouse` is false.
pub fn main(runs: u32, lighthouse: bool) -> Result<()> {
    let started = Instant::now();
    setup::test_tools()?;
    setup::npm_ci("bench/tools", "lighthouse")?;
    let tmp = root().join("bench/tmp");
    setup::ensure_dir(&tmp)?;

    // Sizes: the widget, the floor, the peers.
    let dist = widget::build_widget()?;
    step("Building the Leptos floor (bench/floor) with the widget's profile and pipeline");
    run(Command::new("trunk")
        .args(["build", "--release", "--cargo-profile", "wasm-release"])
        .env("PATH", setup::tool_path())
        .current_dir(root().join("bench/floor")))?;
    let floor_dist = tmp.join("floor-dist");
    widget::minify_js(&floor_dist, &["sportello-floor.js"])?;
    // The floor gets the widget's post-processing too: the same exports dropped.
    let floor_wasm = floor_dist.join("sportello-floor_bg.wasm");
    widget::optimise_wasm(&floor_wasm, &floor_wasm)?;
    precompress(&floor_dist)?;
    let widget = Artifact::new(
        "Sportello (this run)",
        "first open: loader, glue, chunk loader, main wasm, CSS",
        &[
            ("loader", &dist.join("sportello.js")),
            ("glue", &dist.join("sportello-app.js")),
            ("chunk loader", &dist.join("__wasm_split.js")),
            ("wasm", &dist.join("sportello-app_bg.wasm")),
            ("css", &dist.join("sportello.css")),
        ],
    )?;
    let chunk_paths = widget::chunks(&dist)?;
    let chunk_parts: Vec<(String, &Path)> = chunk_paths
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            let label = match name.as_ref() {
                "split_order.wasm" => "order view (split_order.wasm)".to_owned(),
                "split_complaints.wasm" => "complaint views (split_complaints.wasm)".to_owned(),
                other => format!("code both share ({other})"),
            };
            (label, path.as_path())
        })
        .collect();
    let on_demand = Artifact::new(
        "Sportello, on demand",
        "chunks fetched when the visitor reaches for them",
        &chunk_parts
            .iter()
            .map(|(label, path)| (label.as_str(), *path))
            .collect::<Vec<_>>(),
    )?;
    let floor = Artifact::new(
        "Leptos 0.8 floor",
        "CSR app that fetches JSON: glue, wasm",
        &[
            ("glue", &floor_dist.join("sportello-floor.js")),
            ("wasm", &floor_dist.join("sportello-floor_bg.wasm")),
        ],
    )?;
    step("Measuring the peers from npm");
    let peers = vec![rocket_chat()?, papercups(&tmp)?];

    // Times: the browser half (e2e/bench.mjs) against a backend with demo data.
    step("Starting the reference backend (release build) for the browser bench and the load test");
    let server = Server::start_bench()?;
    step(&format!(
        "Browser bench: {runs} runs at 4x CPU throttling{}",
        if lighthouse { ", then Lighthouse" } else { "" }
    ));
    let browser_json = tmp.join("browser.json");
    run(Command::new("node")
        .arg("bench.mjs")
        .env("SPORTELLO_URL", &server.url)
        .env("BENCH_DIST", &dist)
        .env("BENCH_FLOOR", &floor_dist)
        .env("BENCH_PAGES", root().join("bench/pages"))
        .env("BENCH_OUT", &browser_json)
        .env("BENCH_RUNS", runs.to_string())
        .env(
            "BENCH_LIGHTHOUSE",
            if lighthouse {
                root()
                    .join("bench/tools/node_modules/.bin/lighthouse")
                    .into_os_string()
            } else {
                "".into()
            },
        )
        .current_dir(root().join("e2e")))?;
    let browser: Value = serde_json::from_slice(&std::fs::read(&browser_json)?)?;

    step("Load test of the reference backend: lookups on loopback from this process");
    // Warm-up: the first lookups open the database and fill caches.
    crate::backend_bench::lookups(&server.url, 20)?;
    let mut load = crate::backend_bench::load(&server.url, LOAD_CLIENTS, Duration::from_secs(10))?;
    load["connections"] = json!(LOAD_CLIENTS);
    drop(server);

    let sizes: Vec<Value> = [&widget, &on_demand, &floor]
        .into_iter()
        .chain(peers.iter())
        .map(size_json)
        .collect();
    let results = json!({
        "date": crate::cmd_output("date", &["-u", "+%Y-%m-%dT%H:%MZ"]).unwrap_or_default().trim(),
        "commit": crate::cmd_output("git", &["rev-parse", "--short", "HEAD"]).unwrap_or_default().trim(),
        "machine": machine(),
        "sizes": sizes,
        "published": published(),
        "browser": browser,
        "backend_load": load,
    });
    let markdown = report(&widget, &on_demand, &floor, &peers, &results);
    std::fs::write(
        root().join("bench/results.json"),
        serde_json::to_string_pretty(&results)? + "\n",
    )?;
    std::fs::write(root().join("bench/results.md"), markdown)?;
    eprintln!(
        "\n  bench/results.md and bench/results.json written in {:.0?}",
        started.elapsed()
    );
    Ok(())
}

fn machine() -> String {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let chromium = crate::cmd_output("chromium", &["--version"]).unwrap_or_default();
    format!("{cpus} CPUs, {}", chromium.trim())
}

fn size_json(a: &Artifact) -> Value {
    let part = |(label, s): &(String, Size)| json!({"part": label, "raw": s.raw, "gzip": s.gzip, "brotli": s.brotli});
    let t = a.total();
    json!({
        "name": a.name, "note": a.note,
        "parts": a.parts.iter().map(part).collect::<Vec<_>>(),
        "total": {"raw": t.raw, "gzip": t.gzip, "brotli": t.brotli},
    })
}

/// Figures the peers publish or that were measured in the field, with where they come from.
fn published() -> Value {
    json!([
        {"peer": "Chatwoot widget script", "bytes": "170.4 KiB transfer",
         "source": "https://github.com/chatwoot/chatwoot/issues/2658 (Lighthouse report)"},
        {"peer": "Crisp", "bytes": "about 145 KB", "source": "as quoted in issue #7 (not re-measured here)"},
        {"peer": "Zendesk Web Widget, first open", "bytes": "613 KB", "source": "as quoted in issue #7 (not re-measured here)"},
        {"peer": "Intercom Messenger before its 65 % cut", "bytes": "about 600 KB gzip", "source": "as quoted in issue #7 (not re-measured here)"},
    ])
}

/// Rocket.Chat Livechat from npm: the files its own `index.html` loads on first open, and the
/// loader a host page embeds.
fn rocket_chat() -> Result<Artifact> {
    let build = root().join("bench/tools/node_modules/@rocket.chat/livechat/build");
    let index = std::fs::read_to_string(build.join("index.html"))?;
    let mut parts: Vec<(String, PathBuf)> = vec![(
        "loader rocketchat-livechat.min.js".into(),
        build.join("rocketchat-livechat.min.js"),
    )];
    for attr in ["src=\"", "href=\""] {
        for chunk in index.split(attr).skip(1) {
            let url = chunk.split('"').next().unwrap_or_default();
            if url.ends_with(".js") || url.ends_with(".css") {
                let file = url.trim_start_matches("livechat/");
                parts.push((file.to_owned(), build.join(file)));
            }
        }
    }
    if parts.len() < 3 {
        bail!("found no scripts in Rocket.Chat Livechat's index.html");
    }
    let version = package_version("@rocket.chat/livechat")?;
    let parts: Vec<(&str, &Path)> = parts
        .iter()
        .map(|(l, p)| (l.as_str(), p.as_path()))
        .collect();
    Artifact::new(
        &format!("Rocket.Chat Livechat {version}"),
        "first open: loader + the files its index.html loads",
        &parts,
    )
}

/// Papercups' chat widget bundled with React 17 by esbuild (minified, production).
fn papercups(tmp: &Path) -> Result<Artifact> {
    let tools = root().join("bench/tools");
    let entry = tools.join("papercups-entry.js");
    let out = tmp.join("papercups-bundle.js");
    run(Command::new(tools.join("node_modules/.bin/esbuild"))
        .arg(&entry)
        .args([
            "--bundle",
            "--minify",
            "--format=esm",
            "--log-level=warning",
            "--define:process.env.NODE_ENV=\"production\"",
        ])
        .arg(format!("--outfile={}", out.display()))
        .current_dir(&tools))?;
    let version = package_version("@papercups-io/chat-widget")?;
    Artifact::new(
        &format!("Papercups chat-widget {version}"),
        "with React 17, bundled by esbuild --minify",
        &[("bundle", &out)],
    )
}

fn package_version(package: &str) -> Result<String> {
    let path = root()
        .join("bench/tools/node_modules")
        .join(package)
        .join("package.json");
    let manifest: Value = serde_json::from_slice(&std::fs::read(&path)?)?;
    Ok(manifest["version"].as_str().unwrap_or("?").to_owned())
}

fn kb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / 1000.0)
}

fn ms(value: &Value) -> String {
    value.as_f64().map_or("–".into(), |v| format!("{v:.0}"))
}

/// The goals of issue #7, each with the figure measured in this run and whether it is met.
fn goals(widget: &Artifact, floor: &Artifact, results: &Value) -> Vec<(String, String, bool)> {
    let total = widget.total().brotli as f64;
    let ratio = total / floor.total().brotli.max(1) as f64;
    let m = &results["browser"]["medians"];
    let mut goals = vec![
        (
            "first open (loader + glue + main wasm + CSS) ≤ 60 kB brotli".to_owned(),
            format!("{} kB", kb(total as usize)),
            total <= 60_000.0,
        ),
        (
            "first milestone: ≤ 80 kB brotli".to_owned(),
            format!("{} kB", kb(total as usize)),
            total <= 80_000.0,
        ),
        (
            "≤ 1.3× the Leptos floor (brotli)".to_owned(),
            format!("{ratio:.2}×"),
            ratio <= 1.3,
        ),
    ];
    if let Some(start) = m["widget.start_ms"].as_f64() {
        goals.push((
            "open → interactive ≤ 150 ms at 4× throttling".to_owned(),
            format!("{start:.0} ms"),
            start <= 150.0,
        ));
    }
    if let Some(painted) = m["widget.events1000.show_all_painted_ms"].as_f64() {
        let first = m["widget.events1000.show_first_painted_ms"]
            .as_f64()
            .map_or(String::new(), |f| format!(" (the first 105: {f:.0} ms)"));
        goals.push((
            "1000 carrier events render within two frames (33 ms)".to_owned(),
            format!("all painted {painted:.0} ms{first}"),
            painted <= 33.4,
        ));
    }
    let lh = &results["browser"]["lighthouse"];
    if let (Some(without), Some(with)) = (
        lh["without_widget"]["performance"].as_f64(),
        lh["with_widget"]["performance"].as_f64(),
    ) {
        goals.push((
            "host page's Lighthouse performance unchanged".to_owned(),
            format!("{without:.0} → {with:.0}"),
            with >= without,
        ));
    }
    goals
}

fn report(
    widget: &Artifact,
    on_demand: &Artifact,
    floor: &Artifact,
    peers: &[Artifact],
    results: &Value,
) -> String {
    let mut md = String::new();
    let push = |md: &mut String, line: &str| {
        md.push_str(line);
        md.push('\n');
    };
    push(&mut md, "# Sportello bench results\n");
    push(
        &mut md,
        &format!(
            "Written by `cargo xtask bench` on {} at commit `{}` ({}). Sizes in kB (1000 bytes); \
             times in ms, medians of {} runs in headless Chromium with {}x CPU throttling; \
             ratios are to the Leptos floor measured in the same run.\n",
            results["date"].as_str().unwrap_or(""),
            results["commit"].as_str().unwrap_or(""),
            results["machine"].as_str().unwrap_or(""),
            results["browser"]["runs"],
            results["browser"]["cpu_throttling"],
        ),
    );
    push(&mut md, "## Goals of issue #7\n");
    push(&mut md, "| goal | measured | met |\n|---|---:|:---:|");
    for (goal, measured, met) in goals(widget, floor, results) {
        push(
            &mut md,
            &format!(
                "| {goal} | {measured} | {} |",
                if met { "yes" } else { "**no**" }
            ),
        );
    }
    push(&mut md, "\n## Sizes\n");
    push(
        &mut md,
        "| what | part | raw | gzip -9 | brotli -q 11 |\n|---|---|---:|---:|---:|",
    );
    for a in [widget, on_demand, floor].into_iter().chain(peers) {
        for (label, s) in &a.parts {
            push(
                &mut md,
                &format!(
                    "| {} | {label} | {} | {} | {} |",
                    a.name,
                    kb(s.raw),
                    kb(s.gzip),
                    kb(s.brotli)
                ),
            );
        }
        let t = a.total();
        push(
            &mut md,
            &format!(
                "| **{}** | **total** ({}) | **{}** | **{}** | **{}** |",
                a.name,
                a.note,
                kb(t.raw),
                kb(t.gzip),
                kb(t.brotli)
            ),
        );
    }
    let w = widget.total().brotli as f64;
    let f = floor.total().brotli as f64;
    push(
        &mut md,
        &format!(
            "\nWidget ÷ floor (brotli, everything loaded on first open): **{:.2}×**. \
             Widget main wasm alone: {} kB brotli, floor wasm {} kB. The order view and the \
             complaint views arrive on demand ({} kB brotli in all), when the visitor moves \
             focus into the widget or points at a complaint button.\n",
            w / f,
            kb(widget.part("wasm").brotli),
            kb(floor.part("wasm").brotli),
            kb(on_demand.total().brotli)
        ),
    );
    push(&mut md, "Published figures of peers not measured here:\n");
    for p in results["published"].as_array().into_iter().flatten() {
        push(
            &mut md,
            &format!(
                "- {}: {} — {}",
                p["peer"].as_str().unwrap_or(""),
                p["bytes"].as_str().unwrap_or(""),
                p["source"].as_str().unwrap_or("")
            ),
        );
    }

    let m = &results["browser"]["medians"];
    let ratio = |a: &str, b: &str| match (m[a].as_f64(), m[b].as_f64()) {
        (Some(a), Some(b)) if b > 0.0 => format!("{:.2}×", a / b),
        _ => "–".into(),
    };
    push(&mut md, "\n## Times (4x CPU throttling)\n");
    push(
        &mut md,
        "| step | widget | floor | ratio |\n|---|---:|---:|---:|",
    );
    for (step, widget, floor) in [
        (
            "start: module requested → interactive",
            "widget.start_ms",
            "floor.start_ms",
        ),
        (
            "start: longest main-thread task",
            "widget.start_longest_task_ms",
            "floor.start_longest_task_ms",
        ),
        (
            "start: blocking time (each task's time over 50 ms, summed)",
            "widget.start_blocking_ms",
            "floor.start_blocking_ms",
        ),
        (
            "lookup → order in the DOM (floor: fetch → text)",
            "widget.lookup_dom_ms",
            "floor.fetch_dom_ms",
        ),
        (
            "lookup → order painted (floor: fetch → painted)",
            "widget.lookup_painted_ms",
            "floor.fetch_painted_ms",
        ),
    ] {
        push(
            &mut md,
            &format!(
                "| {step} | {} | {} | {} |",
                ms(&m[widget]),
                ms(&m[floor]),
                ratio(widget, floor)
            ),
        );
    }
    for n in [200, 1000] {
        push(
            &mut md,
            &format!(
                "| order with {n} carrier events: lookup → painted | {} | | {} |",
                ms(&m[format!("widget.events{n}.lookup_painted_ms")]),
                ratio(
                    &format!("widget.events{n}.lookup_painted_ms"),
                    "floor.fetch_painted_ms"
                )
            ),
        );
        push(
            &mut md,
            &format!(
                "| order with {n} carrier events: \"show all\" → the first 105 painted (100 more per frame) | {} | | |",
                ms(&m[format!("widget.events{n}.show_first_painted_ms")]),
            ),
        );
        push(
            &mut md,
            &format!(
                "| order with {n} carrier events: \"show all\" → all {n} in the DOM / painted | {} / {} | | |",
                ms(&m[format!("widget.events{n}.show_all_dom_ms")]),
                ms(&m[format!("widget.events{n}.show_all_painted_ms")]),
            ),
        );
    }
    push(&mut md, "\n## Memory after each step (kB)\n");
    push(
        &mut md,
        "| after | JS heap | wasm memory |\n|---|---:|---:|",
    );
    for (label, key) in [
        ("floor started", "floor.start"),
        ("floor fetched", "floor.fetch"),
        ("widget started", "widget.start"),
        ("widget showed the demo order", "widget"),
        ("widget showed all 200 events", "widget.events200"),
        ("widget showed all 1000 events", "widget.events1000"),
    ] {
        let get = |k: &str| m[format!("{key}.{k}")].as_f64().map_or(0, |v| v as usize);
        push(
            &mut md,
            &format!(
                "| {label} | {} | {} |",
                kb(get("js_heap")),
                kb(get("wasm_memory"))
            ),
        );
    }
    let lh = &results["browser"]["lighthouse"];
    if lh.as_object().is_some_and(|o| !o.is_empty()) {
        push(
            &mut md,
            "\n## Host page: Lighthouse 12 on the demo shop page (mobile, median of 3)\n",
        );
        push(
            &mut md,
            "| page | performance | accessibility | LCP ms | TBT ms | bytes |\n|---|---:|---:|---:|---:|---:|",
        );
        for (label, key) in [
            ("without the widget", "without_widget"),
            ("with the widget", "with_widget"),
        ] {
            let r = &lh[key];
            push(
                &mut md,
                &format!(
                    "| {label} | {} (runs {}) | {} | {} | {} | {} |",
                    r["performance"],
                    r["performance_runs"],
                    r["accessibility"],
                    ms(&r["lcp_ms"]),
                    ms(&r["tbt_ms"]),
                    r["transfer_bytes"]
                ),
            );
        }
    }
    let load = &results["backend_load"];
    push(
        &mut md,
        "\n## Reference backend (release build, loopback)\n",
    );
    push(
        &mut md,
        &format!(
            "{} keep-alive clients looking up an order for {:.0} s: **{:.0} lookups/s**, p50 {:.2} ms, \
             p99 {:.2} ms, {} failures out of {} requests.",
            load["connections"],
            load["seconds"].as_f64().unwrap_or(0.0),
            load["per_second"].as_f64().unwrap_or(0.0),
            load["p50_ms"].as_f64().unwrap_or(0.0),
            load["p99_ms"].as_f64().unwrap_or(0.0),
            load["failures"],
            load["requests"],
        ),
    );
    md
}
