// Shared by the end-to-end suites: the backend under test, the system Chromium, and the axe scan.
import assert from 'node:assert/strict';
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
