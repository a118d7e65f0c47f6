// `cargo xtask bench`, browser half: start-up, lookup and rendering times of the widget and of the
// Leptos floor in the system Chromium with 4x CPU throttling, memory after each step, and the
// Lighthouse scores of the demo shop page without and with the widget.
//
// Environment (set by xtask): SPORTELLO_URL (the running reference backend), BENCH_DIST (the
// release widget), BENCH_FLOOR (the floor app), BENCH_PAGES (bench/pages), BENCH_OUT (JSON
// written here), BENCH_LIGHTHOUSE (the Lighthouse CLI, or empty to skip), BENCH_RUNS.
import { createServer, request as httpRequest } from 'node:http';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { launchChromium } from './browser.mjs';

const BACKEND = new URL(process.env.SPORTELLO_URL ?? 'http://127.0.0.1:8080/');
const DIRS = {
  '/widget/': process.env.BENCH_DIST,
  '/floor/': process.env.BENCH_FLOOR,
  '/bench/': process.env.BENCH_PAGES,
};
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLE = 4;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };

// One origin for everything, as on a shop: static files from disk, the rest from the backend.
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  for (const [prefix, dir] of Object.entries(DIRS)) {
    if (url.pathname.startsWith(prefix)) {
      const file = normalize(join(dir, url.pathname.slice(prefix.length)));
      if (!file.startsWith(normalize(dir))) break;
      try {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        // Compressed as a shop would serve it: the release build's `.br` (or `.gz`) twin.
        const accepted = req.headers['accept-encoding'] ?? '';
        for (const [encoding, ext] of [['br', 'br'], ['gzip', 'gz']]) {
          if (!new RegExp(`\\b${encoding}\\b`).test(accepted)) continue;
          const packed = await readFile(`${file}.${ext}`).catch(() => null);
          if (packed) {
            res.writeHead(200, { 'content-type': type, 'content-encoding': encoding, vary: 'accept-encoding' });
            res.end(packed);
            return;
          }
        }
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
      return;
    }
  }
  if (url.pathname === '/' && url.searchParams.get('widget') === 'none') {
    // The demo shop page as it would be without Sportello: its two lines removed.
    const page = await (await fetch(new URL('/', BACKEND))).text();
    const bare = page
      .replace(/<script[^>]*sportello\.js[^>]*><\/script>/, '')
      .replace(/<sportello-widget[^>]*><\/sportello-widget>/, '');
    if (bare.includes('sportello.js') || bare.includes('<sportello-widget')) {
      res.writeHead(500).end('could not strip the widget from the demo page');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(bare);
    return;
  }
  const proxied = httpRequest(new URL(req.url, BACKEND), { method: req.method, headers: req.headers }, (upstream) => {
    res.writeHead(upstream.statusCode, upstream.headers);
    upstream.pipe(res);
  });
  proxied.on('error', () => res.writeHead(502).end());
  req.pipe(proxied);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;

// Responses the pages get, fetched once from the reference backend and served from memory, so
// that the backend's and the proxy's times stay out of the widget's figures.
const config = await (await fetch(new URL('/v1/config', BACKEND))).text();
const lookup = await fetch(new URL('/v1/orders/lookup', BACKEND), {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ order_number: 'SP-1002', email: 'marco.bianchi@example.com' }),
});
if (!lookup.ok) throw new Error(`demo lookup failed: ${lookup.status}`);
const order = await lookup.json();

/** The demo order with its first parcel carrying `count` carrier events. */
function orderWithEvents(count) {
  const copy = structuredClone(order);
  const parcel = copy.shipments[0];
  const start = Date.parse(parcel.events.at(-1)?.at ?? copy.placed_at);
  parcel.events = Array.from({ length: count }, (_, i) => ({
    at: new Date(start - i * 3_600_000).toISOString(),
    location: `Hub ${i % 37}`,
    description: `Parcel scanned at sorting centre (${i + 1})`,
    status: 'in_transit',
  }));
  return JSON.stringify(copy);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** In the page: clicks `click`, resolves when `done` matches `count` elements (DOM time) and
 * after the frame that shows them (painted time), in milliseconds since the click; with `first`,
 * also when the first `first` of them were in the DOM and painted (a list that grows by frames). */
function clickAndWait(page, click, done, count = 1, first = 0) {
  return page.evaluate(({ click, done, count, first }) => new Promise((resolve, reject) => {
    // The widget renders in its element's shadow root; the floor app in the document.
    const root = document.querySelector('sportello-widget')?.shadowRoot ?? document;
    const t0 = performance.now();
    const times = {};
    const painted = (key) => requestAnimationFrame(() => setTimeout(() => {
      times[key] = performance.now() - t0;
      if (times.painted !== undefined && (!first || times.first_painted !== undefined)) resolve(times);
    }));
    const check = () => {
      const n = root.querySelectorAll(done).length;
      if (first && n >= first && times.first_dom === undefined) {
        times.first_dom = performance.now() - t0;
        painted('first_painted');
      }
      if (n >= count && times.dom === undefined) {
        times.dom = performance.now() - t0;
        observer.disconnect();
        painted('painted');
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(root === document ? document.body : root, { childList: true, subtree: true, characterData: true });
    setTimeout(() => { observer.disconnect(); reject(new Error(`timed out waiting for ${done}`)); }, 30_000);
    const target = root.querySelector(click);
    if (!target) { reject(new Error(`nothing to click at ${click}`)); return; }
    target.click();
  }), { click, done, count, first });
}

const browser = await launchChromium();

/** A fresh page with 4x CPU throttling whose API calls are answered from memory. */
async function open(path, orderJson) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/v1/config', (route) => route.fulfill({ contentType: 'application/json', body: config }));
  await page.route('**/v1/orders/lookup', (route) => route.fulfill({ contentType: 'application/json', body: orderJson }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(`${ORIGIN}${path}`);
  return { context, page, cdp, errors };
}

async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { js_heap: heap.usedSize, wasm_memory: await page.evaluate(() => window.benchMemory?.() ?? 0) };
}

async function startTime(page, mark) {
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 30_000 });
  return page.evaluate((m) => performance.getEntriesByName(m)[0].startTime
    - performance.getEntriesByName('bench:connected')[0].startTime, mark);
}

/** The main-thread tasks of starting (those over 50 ms, until a second after `interactive`, so
 * that the work started right after mounting counts too): the longest, and the blocking time
 * (each task's time beyond 50 ms, summed, as Lighthouse's TBT counts it). */
async function startTasks(page) {
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate(() => window.benchTasks);
  return { longest: Math.max(0, ...tasks), blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0) };
}

const samples = {};
const record = (name, value) => {
  samples[name] ??= [];
  samples[name].push(value);
};

for (let run = 0; run < RUNS; run += 1) {
  // The floor: start, then one JSON fetch rendered.
  {
    const { context, page, cdp, errors } = await open('/bench/floor.html', '{}');
    record('floor.start_ms', await startTime(page, 'floor:interactive'));
    const tasks = await startTasks(page);
    record('floor.start_longest_task_ms', tasks.longest); record('floor.start_blocking_ms', tasks.blocking);
    let m = await memory(page, cdp);
    record('floor.start.js_heap', m.js_heap); record('floor.start.wasm_memory', m.wasm_memory);
    const t = await clickAndWait(page, 'button', '[data-result]:not(:empty)');
    record('floor.fetch_dom_ms', t.dom); record('floor.fetch_painted_ms', t.painted);
    m = await memory(page, cdp);
    record('floor.fetch.js_heap', m.js_heap); record('floor.fetch.wasm_memory', m.wasm_memory);
    if (errors.length) throw new Error(`floor page errors: ${errors}`);
    await context.close();
  }
  // The widget: start, lookup of the demo order, then orders with 200 and 1000 carrier events.
  for (const events of [null, 200, 1000]) {
    const key = events ? `widget.events${events}` : 'widget';
    const { context, page, cdp, errors } = await open('/bench/widget.html', events ? orderWithEvents(events) : JSON.stringify(order));
    const started = await startTime(page, 'sportello:interactive');
    if (!events) {
      record('widget.start_ms', started);
      const tasks = await startTasks(page);
      record('widget.start_longest_task_ms', tasks.longest); record('widget.start_blocking_ms', tasks.blocking);
      const m = await memory(page, cdp);
      record('widget.start.js_heap', m.js_heap); record('widget.start.wasm_memory', m.wasm_memory);
    }
    await page.getByLabel('Order number').fill('SP-1002');
    await page.getByLabel('E-mail address').fill('marco.bianchi@example.com');
    const t = await clickAndWait(page, 'form button[type=submit]', '.sportello-events li');
    record(`${key}.lookup_dom_ms`, t.dom); record(`${key}.lookup_painted_ms`, t.painted);
    if (events) {
      // "Show all" adds 100 updates per frame after the first 5: the first 105, then all.
      const all = await clickAndWait(page, 'button[aria-expanded]', '.sportello-events li', events, 105);
      record(`${key}.show_all_dom_ms`, all.dom); record(`${key}.show_all_painted_ms`, all.painted);
      record(`${key}.show_first_painted_ms`, all.first_painted);
    }
    const m = await memory(page, cdp);
    record(`${key}.js_heap`, m.js_heap); record(`${key}.wasm_memory`, m.wasm_memory);
    if (errors.length) throw new Error(`widget page errors: ${errors}`);
    await context.close();
  }
}
await browser.close();

const medians = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));

// Lighthouse on the demo shop page, without and with the widget (median of three runs each).
const lighthouse = {};
if (process.env.BENCH_LIGHTHOUSE) {
  const dir = await mkdtemp(join(tmpdir(), 'sportello-lh-'));
  for (const [name, path] of [['without_widget', '/?widget=none'], ['with_widget', '/']]) {
    const scores = { performance: [], accessibility: [] };
    for (let run = 0; run < 3; run += 1) {
      const out = join(dir, `${name}-${run}.json`);
      await new Promise((resolve, reject) => execFile(process.env.BENCH_LIGHTHOUSE, [
        `${ORIGIN}${path}`, '--quiet', '--output=json', `--output-path=${out}`,
        '--only-categories=performance,accessibility',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
      ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, timeout: 180_000 },
      (error, _stdout, stderr) => (error ? reject(new Error(`${error}\n${stderr}`)) : resolve())));
      const report = JSON.parse(await readFile(out, 'utf8'));
      scores.performance.push(Math.round(report.categories.performance.score * 100));
      scores.accessibility.push(Math.round(report.categories.accessibility.score * 100));
      if (run === 0) {
        scores.lcp_ms = report.audits['largest-contentful-paint'].numericValue;
        scores.tbt_ms = report.audits['total-blocking-time'].numericValue;
        scores.transfer_bytes = report.audits['total-byte-weight'].numericValue;
      }
    }
    lighthouse[name] = {
      performance: median(scores.performance),
      accessibility: median(scores.accessibility),
      performance_runs: scores.performance,
      lcp_ms: scores.lcp_ms,
      tbt_ms: scores.tbt_ms,
      transfer_bytes: scores.transfer_bytes,
    };
  }
}
server.close();

await writeFile(process.env.BENCH_OUT, JSON.stringify({ runs: RUNS, cpu_throttling: THROTTLE, medians, samples, lighthouse }, null, 2));
console.log(JSON.stringify(medians, null, 2));
