// Shared by the end-to-end suites: the backend under test, the system Chromium (one per test
// file), pages that record their requests and problems, the customer's common steps, the axe scan.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const BASE = process.env.SPORTELLO_URL ?? 'http://127.0.0.1:8080/';
const ADMIN = process.env.SPORTELLO_ADMIN_TOKEN ?? 'demo-admin';

/** Plays the shop's side through the reference backend's token-protected `/admin` endpoints. */
export async function admin(method, path, body) {
  const response = await fetch(new URL(path, BASE), {
    method,
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}


/** Debian's Chromium, headless; never a downloaded browser. `args` are added to its flags. */
export function launchChromium(args = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--disable-sync', '--disable-quic', ...args],
  });
}

/** Where the suites put their screenshots (kept by CI as artifacts). */
export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

/**
 * One Chromium for the calling test file: launched before its tests, closed after them (after
 * `cleanup`, if given). Returns a function that gives the browser.
 */
export function useChromium({ args = [], cleanup } = {}) {
  let browser;
  before(async () => { browser = await launchChromium(args); });
  after(async () => {
    await cleanup?.();
    await browser?.close();
  });
  return () => browser;
}

/**
 * Opens `url` in a new context of `browser` (Playwright context options), recording every
 * request (url, method, headers) and every problem (console error, uncaught page error).
 */
export async function openPage(browser, url = BASE, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), headers: r.headers() }));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url);
  return { context, page, widget: page.locator('sportello-widget .sportello-host'), requests, problems };
}

/** The customer looks an order up (labels in the page's language; English by default). */
export async function lookUp(widget, number, email, labels = ['Order number', 'E-mail address', 'Find my order']) {
  await widget.getByLabel(labels[0]).fill(number);
  await widget.getByLabel(labels[1]).fill(email);
  await widget.getByRole('button', { name: labels[2] }).click();
}

/** Past the help answers: once they have loaded (the button does not move under the tap). */
export async function stillWrite(widget) {
  await widget.getByText('Loading answers…').waitFor({ state: 'hidden' });
  await widget.getByRole('button', { name: 'I still want to write to you' }).click();
}

/** Fails with the list of WCAG 2.2 AA violations axe-core finds in the widget. */
export async function axeClean(page) {
  const result = await new AxeBuilder({ page })
    .include('sportello-widget')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), []);
}

/** The name a person hears for the focused element: its aria-label, its label's first line or
 * its text's first line. Focus inside a widget is its shadow root's active element. */
export function focusedName(page) {
  return page.evaluate(() => {
    const root = document.activeElement?.shadowRoot ?? document;
    const e = root.activeElement;
    if (!e) return '';
    const label = e.id ? root.querySelector(`label[for="${e.id}"]`) : null;
    return (e.getAttribute('aria-label') ?? label?.innerText ?? e.innerText ?? '').trim().split('\n')[0];
  });
}

/** Presses Tab until the focused element is the one named `name` (a person tabbing along). */
export async function tabTo(page, name, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)) === name) return;
  }
  assert.fail(`Tab never reached ${JSON.stringify(name)}`);
}

/** The widget's targets (buttons, links, fields; a radio or checkbox with its label) smaller
 * than `min` CSS px either way, described for an assertion message; fields not shown are left
 * out. WCAG 2.5.5 exempts links inside running text, but the widget has none: every link counts. */
export function smallTargets(page, min = 44) {
  return page.evaluate((min) => {
    const found = [];
    for (const host of document.querySelectorAll('sportello-widget')) {
      const root = host.shadowRoot;
      for (const e of root.querySelectorAll('button, a[href], input, select, textarea, summary')) {
        const label = e.id && root.querySelector(`label[for="${e.id}"]`);
        const target = (e.type === 'radio' || e.type === 'checkbox') && label ? label : e;
        const box = target.getBoundingClientRect();
        if (!box.width || !box.height || e.closest('.sportello-sr-only')) continue;
        if (box.width < min || box.height < min) {
          found.push(`${e.tagName.toLowerCase()} "${(target.textContent || e.getAttribute('aria-label') || e.type).trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
        }
      }
    }
    return found;
  }, min);
}

/**
 * Waits until the page has rendered `count` more frames: by then IntersectionObserver entries and
 * animation-frame callbacks queued before the call have run. For checks that something did *not*
 * happen, instead of a fixed wait.
 */
export function frames(page, count = 3) {
  return page.evaluate((n) => new Promise((resolve) => {
    const step = (left) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  }), count);
}

/** The heading is wholly inside the viewport, in its upper part, and has keyboard focus. */
export async function landed(page, heading, step) {
  await heading.waitFor();
  // Focus moves in the frame after the render.
  await page.waitForFunction(
    (el) => el.getRootNode().activeElement === el,
    await heading.elementHandle(),
  );
  const box = await heading.boundingBox();
  const { height } = page.viewportSize();
  assert.ok(box.y >= 0 && box.y + box.height <= height, `${step}: heading at ${box.y}..${box.y + box.height} of ${height}`);
  assert.ok(box.y <= height / 2, `${step}: heading low on the screen, at ${box.y} of ${height}`);
  await page.screenshot({ path: `${ARTIFACTS}/${step}.png` });
}
