// End-to-end: the widget on host pages a shop could have. Each page is served on the reference
// backend's origin (so /widget/ and /v1 are its own), built here and fulfilled through request
// interception: a hostile stylesheet, a strict Content-Security-Policy, a widget below the fold,
// two widgets, and one that is removed again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, BASE, admin, axeClean, focusedName, frames, landed, launchChromium, smallTargets, tabTo, useChromium } from './browser.mjs';

const LOADER = '<script type="module" src="/widget/sportello.js"></script>';
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

const chromium = useChromium();

/** Opens `body` as a page of the backend's origin, or of `origin` (optionally with headers), on
 * a phone unless told otherwise. */
async function host(body, {
  head = '', headers = {}, width = 390, height = 800, colorScheme = 'light', origin = BASE, device = {},
  via = chromium(),
} = {}) {
  const context = await via.newContext({ locale: 'en-GB', viewport: { width, height }, colorScheme, ...device });
  const page = await context.newPage();
  const url = new URL('/embedding-test', origin).href;
  await page.route(url, (route) => route.fulfill({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>
${head}</head><body>${body}</body></html>`,
  }));
  const wasmLoads = [];
  const problems = [];
  page.on('request', (r) => { if (r.url().endsWith('_bg.wasm')) wasmLoads.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url);
  return { context, page, wasmLoads, problems };
}

/** Finds SP-1002 in the widget `widget` (a locator inside one sportello-widget). */
async function lookUp(widget) {
  await widget.getByLabel('Order number').fill('SP-1002');
  await widget.getByLabel('E-mail address').fill('marco.bianchi@example.com');
  await widget.getByRole('button', { name: 'Find my order' }).click();
  await widget.getByRole('heading', { name: 'Order SP-1002' }).waitFor();
}

test('a hostile stylesheet neither breaks the widget nor is changed by it', async () => {
  const hostile = `<style>
    * { all: unset; }
    html { font-size: 40px; }
    body { display: block; font: 48px/3 Impact, fantasy; color: #f0f; }
    button { display: none; }
    div { position: fixed; top: 0; left: 0; }
    input { display: none; }
    p.host { display: block; color: rgb(1, 2, 3); }
  </style>`;
  const { context, page, problems } = await host(
    `<p class="host">The shop's own text.</p>
     <button class="sportello-button host-button">Host button</button>
     ${LOADER}<sportello-widget api-base="/v1"></sportello-widget>`,
    { head: hostile },
  );
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByRole('heading', { name: /Track your order/ }).waitFor();

  // The widget looks like itself: its fields and button are shown, text at the user's size.
  const field = widget.getByLabel('Order number');
  assert.equal(await field.isVisible(), true);
  assert.equal(await widget.getByRole('button', { name: 'Find my order' }).isVisible(), true);
  assert.equal(await field.evaluate((e) => getComputedStyle(e).fontSize), '16px');
  assert.equal(await widget.locator('.sportello').evaluate((e) => getComputedStyle(e).position), 'static');
  await lookUp(widget);
  await page.screenshot({ path: `${ARTIFACTS}embedding-hostile.png`, fullPage: true });

  // The host's elements keep the host's styles (same class names as the widget's included).
  const hostButton = await page.locator('button.host-button').evaluate((e) => getComputedStyle(e).display);
  assert.equal(hostButton, 'none');
  assert.equal(await page.locator('p.host').evaluate((e) => getComputedStyle(e).color), 'rgb(1, 2, 3)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the widget writes nothing to the host document and adds no global', async () => {
  const { context, page } = await host('<main><h1>Shop</h1></main>');
  const before = await page.evaluate(() => ({
    head: document.head.innerHTML,
    html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
    globals: Object.keys(window),
    styleSheets: document.styleSheets.length,
  }));
  await page.evaluate(() => {
    const widget = document.createElement('sportello-widget');
    widget.setAttribute('api-base', '/v1');
    widget.setAttribute('locale', 'it');
    document.querySelector('main').append(widget);
  });
  await page.addScriptTag({ url: '/widget/sportello.js', type: 'module' });
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByRole('heading', { name: /Traccia il tuo ordine/ }).waitFor();
  const after = await page.evaluate(() => ({
    head: document.head.innerHTML.replace(/<script[^>]*sportello\.js[^>]*><\/script>/, ''),
    html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
    globals: Object.keys(window),
    styleSheets: document.styleSheets.length,
  }));
  assert.equal(after.head, before.head);
  assert.deepEqual(after.html, before.html); // no lang or dir set on <html>
  assert.deepEqual(after.globals.filter((k) => !before.globals.includes(k)), []);
  assert.equal(after.styleSheets, before.styleSheets);
  await context.close();
});

test('under a strict Content-Security-Policy the widget works with no violation', async () => {
  const { context, page, problems } = await host(
    `${LOADER}<main><sportello-widget api-base="/v1"></sportello-widget></main>`,
    { headers: { 'content-security-policy': STRICT_CSP } },
  );
  await page.evaluate(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const widget = page.locator('sportello-widget .sportello-host');
  await lookUp(widget);
  await widget.getByRole('button', { name: /complaint|problem/i }).first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(problems.filter((p) => /Content.Security.Policy|CSP/i.test(p)), []);
  await axeClean(page);
  await context.close();
});

test('the module loads once, only when a widget comes into view, for every widget', async () => {
  const { context, page, wasmLoads } = await host(
    `${LOADER}<div style="height: 3000px">Scroll down</div>
     <sportello-widget api-base="/v1"></sportello-widget>
     <sportello-widget api-base="/v1" order="SP-1003"></sportello-widget>`,
  );
  await page.waitForLoadState('load');
  await frames(page);
  assert.equal(wasmLoads.length, 0, 'nothing loads while the widgets are out of view');
  assert.equal(await page.locator('sportello-widget .sportello-host').first().getAttribute('aria-busy'), 'true');
  // The glue, the chunk loader and the wasm are asked for together: the wasm does not wait for
  // the glue to arrive and be run.
  const events = [];
  const name = (url) => new URL(url).pathname.split('/').pop();
  page.on('request', (r) => events.push(`asked ${name(r.url())}`));
  page.on('requestfinished', (r) => events.push(`got ${name(r.url())}`));
  await page.locator('sportello-widget').first().scrollIntoViewIfNeeded();
  const widgets = page.locator('sportello-widget .sportello-host');
  await widgets.nth(0).getByRole('heading', { name: /Track your order/ }).waitFor();
  await widgets.nth(1).getByRole('heading', { name: /Track your order/ }).waitFor();
  assert.equal(await widgets.nth(1).getByLabel('Order number').inputValue(), 'SP-1003');
  assert.equal(wasmLoads.length, 1, 'two widgets share one module');
  const firstGot = events.findIndex((e) => e.startsWith('got '));
  for (const file of ['sportello-app.js', '__wasm_split.js', 'sportello-app_bg.wasm']) {
    const asked = events.indexOf(`asked ${file}`);
    assert.ok(asked >= 0 && asked < firstGot, `${file} asked before any arrived: ${events}`);
  }
  await context.close();
});

/** A page with one widget added by script; `wasm` lists the modules it fetches, in order. */
async function pageWithWidget() {
  const { context, page } = await host('<main></main>');
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()); });
  await page.addScriptTag({ url: '/widget/sportello.js', type: 'module' });
  await page.evaluate(() => {
    const element = document.createElement('sportello-widget');
    element.setAttribute('api-base', '/v1');
    document.querySelector('main').append(element);
  });
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByRole('heading', { name: /Track your order/ }).waitFor();
  return { context, page, widget, wasm };
}

test('the first open carries the lookup alone; the order view comes when the visitor reaches the form, again if it was lost', async () => {
  const { context, page, widget, wasm } = await pageWithWidget();
  await frames(page);
  assert.deepEqual(wasm, ['sportello-app_bg.wasm'], 'the main module, then nothing until the visitor acts');

  // The order view's chunk is lost on the way: the prefetch when the customer starts typing
  // fails quietly; the lookup, whose answer that chunk reads, then says so and offers to try again.
  const orderChunk = /\/widget\/split_order\.wasm$/;
  await page.route(orderChunk, (route) => route.abort('connectionreset'));
  const orderAsked = page.waitForRequest(orderChunk);
  await widget.getByLabel('Order number').focus();
  await orderAsked;
  assert.ok(wasm.includes('split_order.wasm'), 'focusing the form fetches the order view');
  await widget.getByLabel('Order number').fill('SP-1002');
  await widget.getByLabel('E-mail address').fill('marco.bianchi@example.com');
  await widget.getByRole('button', { name: 'Find my order' }).click();
  const alert = widget.getByRole('alert');
  await alert.getByText("We couldn't reach the shop. Check your internet connection and try again.").waitFor();
  assert.equal(await widget.getByRole('heading', { name: 'Order SP-1002' }).count(), 0);
  await page.unroute(orderChunk);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await widget.getByRole('heading', { name: 'Order SP-1002' }).waitFor();
  assert.equal(await widget.getByRole('alert').count(), 0, 'the message goes once the part is there');
  assert.ok(!wasm.includes('split_complaints.wasm'), 'no complaint code yet');
  await context.close();
});

test('the complaint views come when the visitor points at their button, again if they were lost', async () => {
  const { context, page, widget, wasm } = await pageWithWidget();
  await widget.getByLabel('Order number').fill('SP-1002');
  await widget.getByLabel('E-mail address').fill('marco.bianchi@example.com');
  await widget.getByRole('button', { name: 'Find my order' }).click();
  await widget.getByRole('heading', { name: 'Order SP-1002' }).waitFor();
  assert.ok(!wasm.includes('split_complaints.wasm'), 'no complaint code before the visitor reaches for it');

  // Pointing at the complaint button fetches the complaint views before the click. Their chunk
  // is lost on the way: the view that needs it says so and offers to try again.
  const complaintChunk = /\/widget\/split_complaints\.wasm$/;
  await page.route(complaintChunk, (route) => route.abort('connectionreset'));
  const complain = widget.getByRole('button', { name: 'Report a problem with this order' });
  const complaintsAsked = page.waitForRequest(complaintChunk);
  await complain.hover();
  await complaintsAsked;
  assert.ok(wasm.includes('split_complaints.wasm'), 'hovering the button fetches the complaint views');
  await complain.click();
  const lost = widget.getByRole('alert');
  await lost.getByText("This part of the help panel didn't load. Check your internet connection, then try again.").waitFor();
  await page.unroute(complaintChunk);
  await lost.getByRole('button', { name: 'Try again' }).click();
  await widget.getByRole('heading', { name: 'What is it about?' }).waitFor();
  assert.equal(await widget.getByRole('alert').count(), 0, 'the message goes once the part is there');
  await context.close();
});

test('a removed widget is unmounted and leaves no listener behind', async () => {
  const { context, page } = await host('<main></main>');
  const cdp = await context.newCDPSession(page);
  const listeners = async () => {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners: onWindow } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    const { result: doc } = await cdp.send('Runtime.evaluate', { expression: 'document' });
    const { listeners: onDocument } = await cdp.send('DOMDebugger.getEventListeners', { objectId: doc.objectId });
    return onWindow.length + onDocument.length;
  };
  // Load the module with one widget, remove it, then measure around a second one.
  await page.addScriptTag({ url: '/widget/sportello.js', type: 'module' });
  const add = () => page.evaluate(() => {
    const widget = document.createElement('sportello-widget');
    widget.setAttribute('api-base', '/v1');
    document.querySelector('main').append(widget);
  });
  const widget = page.locator('sportello-widget .sportello-host');
  await add();
  await widget.getByRole('heading', { name: /Track your order/ }).waitFor();
  await page.evaluate(() => document.querySelector('sportello-widget').remove());
  const baseline = await listeners();
  await add();
  await widget.getByRole('heading', { name: /Track your order/ }).waitFor();
  await lookUp(widget);
  const removed = await page.evaluateHandle(() => {
    const element = document.querySelector('sportello-widget');
    element.remove();
    return element;
  });
  assert.equal(await removed.evaluate((e) => e.shadowRoot.textContent), '', 'its widget is gone with it');
  assert.equal(await listeners(), baseline, 'window and document listeners are back to before');
  // Added again, it starts afresh.
  await add();
  await widget.getByRole('heading', { name: /Track your order/ }).waitFor();
  await context.close();
});

test('the full-page widget, linked from an e-mail, works on a 320 px phone', async () => {
  const context = await chromium().newContext({ locale: 'it-IT', viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(new URL('/widget/#sportello-order=SP-1002', BASE).href);
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByRole('heading', { name: /Traccia il tuo ordine/ }).waitFor();
  assert.equal(await widget.getByLabel("Numero d'ordine").inputValue(), 'SP-1002');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
  await axeClean(page);
  for (const width of [320, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${ARTIFACTS}full-page-${width}.png`, fullPage: true });
  }
  await context.close();
});

test('the full page names the shop in its title, speaks the widget\'s language and keeps the one picked', async () => {
  const context = await chromium().newContext({ locale: 'it-IT', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(new URL('/widget/', BASE).href);
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByRole('heading', { name: /Traccia il tuo ordine/ }).waitFor();
  const titled = (title, lang) => page.waitForFunction(([t, l]) => document.title === t && document.documentElement.lang === l, [title, lang]);
  await titled('Traccia il tuo ordine su Bottega Aurora', 'it');

  // The customer switches to English: the page follows, and so does the next visit.
  await widget.getByLabel('Lingua').selectOption('en');
  await widget.getByRole('heading', { name: /Track your order/ }).waitFor();
  await titled('Track your order from Bottega Aurora', 'en');
  await page.reload();
  await widget.getByRole('heading', { name: /Track your order/ }).waitFor();
  await titled('Track your order from Bottega Aurora', 'en');
  assert.equal(await widget.getByLabel('Language').inputValue(), 'en');
  await axeClean(page);
  await page.screenshot({ path: `${ARTIFACTS}full-page-en-after-reload-360.png` });
  await context.close();
});

test('the dark theme, from the visitor\'s preference or the theme attribute, passes axe on every screen', async () => {
  const { context, page } = await host(
    `${LOADER}<sportello-widget api-base="/v1"></sportello-widget>
     <sportello-widget api-base="/v1" theme="light" id="light"></sportello-widget>`,
    { colorScheme: 'dark' },
  );
  const dark = page.locator('sportello-widget:not([theme]) .sportello-host');
  const light = page.locator('#light .sportello-host');
  await dark.getByRole('heading', { name: /Track your order/ }).waitFor();
  await light.getByRole('heading', { name: /Track your order/ }).waitFor();
  const background = (widget) => widget.locator('.sportello').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(await background(dark), 'rgb(22, 27, 34)');
  assert.equal(await background(light), 'rgb(255, 255, 255)', 'theme="light" overrides the preference');
  await axeClean(page);

  // The form's errors, an order with a delay and a voucher, the complaint form's errors.
  await dark.getByRole('button', { name: 'Find my order' }).click();
  await dark.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
  await axeClean(page);
  await lookUp(dark);
  await dark.getByText('SCUSA10').first().waitFor();
  await axeClean(page);
  await page.screenshot({ path: `${ARTIFACTS}dark-order.png`, fullPage: true });
  await dark.getByRole('button', { name: 'Report a problem with this order' }).click();
  await dark.getByRole('button', { name: 'Something arrived damaged' }).click();
  await dark.getByText('Loading answers…').waitFor({ state: 'hidden' });
  await axeClean(page);
  await dark.getByRole('button', { name: 'I still want to write to you' }).click();
  await dark.getByRole('button', { name: 'Continue' }).click();
  await dark.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
  await axeClean(page);
  await page.screenshot({ path: `${ARTIFACTS}dark-complaint-errors.png`, fullPage: true });

  // theme="dark" forces dark for a visitor who prefers light.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => document.querySelector('#light').setAttribute('theme', 'dark'));
  assert.equal(await background(light), 'rgb(22, 27, 34)');
  await context.close();
});

test('a shop\'s own accent keeps text on it and in its colour readable, at least 4.5:1, in light and dark', async () => {
  // README's example accent, and a light one, each in both schemes.
  const { context, page } = await host(
    `<style>sportello-widget { --sportello-accent: #0f766e; } .gold { --sportello-accent: #ffd84d; }</style>${LOADER}
     <sportello-widget api-base="/v1" theme="dark" id="teal-dark"></sportello-widget>
     <sportello-widget api-base="/v1" theme="light" id="teal-light"></sportello-widget>
     <sportello-widget api-base="/v1" theme="dark" id="gold-dark" class="gold"></sportello-widget>
     <sportello-widget api-base="/v1" theme="light" id="gold-light" class="gold"></sportello-widget>`,
    { width: 1280 },
  );
  // The text and the fill behind it as drawn: each painted on a canvas and read back in sRGB.
  const contrast = (element) => element.evaluate((b) => {
      const style = getComputedStyle(b);
      const behind = [...(function* up(e) { for (let n = e; n; n = n.parentElement ?? n.getRootNode().host) yield n; })(b)]
        .map((n) => getComputedStyle(n).backgroundColor)
        .find((c) => c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent');
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 1;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      const luminance = (color) => {
        context.clearRect(0, 0, 1, 1);
        context.fillStyle = color;
        context.fillRect(0, 0, 1, 1);
        const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].slice(0, 3).map((v) => {
          const c = v / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [a, c] = [luminance(style.color), luminance(behind)];
      return [(Math.max(a, c) + 0.05) / (Math.min(a, c) + 0.05), style.color, behind];
    });
  for (const id of ['teal-dark', 'teal-light', 'gold-dark', 'gold-light']) {
    const widget = page.locator(`#${id} .sportello-host`);
    // On the accent (the main button), and in the accent's colour on the surface.
    for (const name of ['Find my order', 'Something wrong? Write to us']) {
      const button = widget.getByRole('button', { name });
      await button.waitFor();
      const [ratio, text, fill] = await contrast(button);
      assert.ok(ratio >= 4.5, `${id}, ${name}: ${text} on ${fill} is ${ratio.toFixed(2)}:1`);
    }
  }
  await page.screenshot({ path: `${ARTIFACTS}accent-contrast.png`, fullPage: true });
  await context.close();
});

test('launcher mode: a floating button opens the widget in a panel, Esc closes it and returns focus', async () => {
  for (const [width, sheet] of [[1280, false], [360, true]]) {
    const { context, page, wasmLoads, problems } = await host(
      `<main><h1>Shop</h1><p>Products…</p></main>${LOADER}
       <sportello-widget api-base="/v1" mode="launcher" corner="bottom-left"></sportello-widget>`,
      { width },
    );
    const launcher = page.getByRole('button', { name: 'Help with your order' });
    await launcher.waitFor();
    await page.waitForLoadState('load');
    await frames(page);
    assert.equal(wasmLoads.length, 0, 'nothing loads before the launcher is opened');
    const box = await launcher.boundingBox();
    assert.ok(box.x < 40 && box.height >= 44, `bottom-left, 44 px tall: ${JSON.stringify(box)}`);
    assert.equal(await launcher.getAttribute('aria-expanded'), 'false');

    await launcher.click();
    const panel = page.getByRole('dialog', { name: 'Help with your order' });
    const widget = panel.locator('.sportello-host');
    await widget.getByRole('heading', { name: /Track your order/ }).waitFor();
    assert.equal(await launcher.getAttribute('aria-expanded'), 'true');
    assert.equal(wasmLoads.length, 1);
    // The panel (or sheet) shows its title at its top, beside its close button, in view.
    const title = await panel.locator('.sportello-launcher-title').boundingBox();
    const area = await panel.boundingBox();
    assert.ok(title && title.y >= 0 && title.y - area.y < 60, `the title at the panel's top: ${JSON.stringify([title, area])}`);
    assert.equal((await panel.locator('.sportello-launcher-title').innerText()).trim(), 'Help with your order');
    if (sheet) {
      assert.deepEqual([area.x, area.y, area.width], [0, 0, width], 'a full-screen sheet on a phone');
    } else {
      assert.ok(area.width < 500 && area.x < 40, `a panel in its corner: ${JSON.stringify(area)}`);
    }
    await axeClean(page);
    await lookUp(widget);
    await page.screenshot({ path: `${ARTIFACTS}launcher-${width}.png` });

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    assert.equal(await focusedName(page), 'Help with your order', 'focus returns to the launcher');
    // Opened again (with the keyboard), the order is still there; the close button closes too.
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: 'Order SP-1002' }).waitFor();
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'hidden' });
    assert.equal(wasmLoads.length, 1);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('iframe isolation: without wasm-unsafe-eval the widget runs framed, sized by its page, with origin checks', async () => {
  const noWasm = "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'; "
    + "connect-src 'self'; object-src 'none'; base-uri 'none'";
  const { context, page, problems } = await host(
    `${LOADER}<main><h1>Shop</h1><sportello-widget isolation="iframe" api-base="/v1" locale="en" order="SP-1002"></sportello-widget><p id="after">After the widget</p></main>`,
    { headers: { 'content-security-policy': noWasm } },
  );
  await page.evaluate(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const frameElement = page.locator('sportello-widget iframe');
  assert.equal(await frameElement.getAttribute('title'), 'Help with your order');
  const widget = page.frameLocator('sportello-widget iframe').locator('sportello-widget .sportello-host');
  await widget.getByRole('heading', { name: /Track your order/ }).waitFor();
  assert.equal(await widget.getByLabel('Order number').inputValue(), 'SP-1002');
  const heightOf = () => frameElement.evaluate((f) => f.getBoundingClientRect().height);
  const before = await heightOf();
  await lookUp(widget);
  // The frame grows to the order's height: no scrollbar inside, the page's text follows it.
  await page.waitForFunction(async () => {
    const f = document.querySelector('sportello-widget').shadowRoot.querySelector('iframe');
    const inner = f.contentDocument.documentElement;
    return inner.scrollHeight <= f.clientHeight + 1;
  });
  const after = await heightOf();
  assert.ok(after > before + 300, `${before} → ${after}`);
  const below = await page.locator('#after').boundingBox();
  assert.ok(below.y >= after, 'the host text comes after the grown frame');
  // A message from anywhere else (here the host page itself) is ignored.
  // A marker posted after it arrives after it: by then the forged message has been handled.
  await page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('message', (event) => event.data === 'marker' && resolve());
    window.postMessage({ sportelloHeight: 12 }, '*');
    window.postMessage('marker', '*');
  }));
  assert.equal(await heightOf(), after);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(problems, []);
  await page.screenshot({ path: `${ARTIFACTS}iframe.png`, fullPage: true });
  await context.close();
});

test('launcher mode with the keyboard alone: Tab to the button, open, look up, Esc', async () => {
  const { context, page } = await host(
    `<main><h1>Shop</h1><a href="#top">A link of the shop</a></main>${LOADER}
     <sportello-widget api-base="/v1" mode="launcher"></sportello-widget>`,
    { width: 1024 },
  );
  await page.getByRole('button', { name: 'Help with your order' }).waitFor();
  await tabTo(page, 'Help with your order');
  await page.keyboard.press('Enter');
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByRole('heading', { name: /Track your order/ }).waitFor();
  await tabTo(page, 'Order number');
  await page.keyboard.type('SP-1002');
  await tabTo(page, 'E-mail address');
  await page.keyboard.type('marco.bianchi@example.com');
  await page.keyboard.press('Enter');
  await widget.getByRole('heading', { name: 'Order SP-1002' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  assert.equal(await focusedName(page), 'Help with your order');
  await context.close();
});

// A shop on another site (the origin the test backend allows in CORS), fulfilled here; the
// widget's files and the API come from the backend's origin.
const SHOP = process.env.SPORTELLO_SHOP_ORIGIN ?? 'https://shop.example';
const WIDGET = new URL('/widget/', BASE).href;
const API = new URL('/v1', BASE).href;

test('across origins: a shop on another site embeds the widget from the widget\'s origin, inline and framed', async () => {
  // The test backend listens on loopback, which Chromium keeps public sites from reaching
  // (Local Network Access); a real shop and widget host are both public, so that check is off.
  const other = await launchChromium(['--disable-features=LocalNetworkAccessChecks']);
  try {
    const { context, page, problems } = await host(
      `<script type="module" src="${WIDGET}sportello.js"></script>
       <main><h1>Shop</h1>
         <sportello-widget api-base="${API}" id="inline"></sportello-widget>
         <sportello-widget api-base="${API}" isolation="iframe" id="framed"></sportello-widget>
       </main>`,
      { origin: SHOP, height: 2400, via: other },
    );
    assert.equal(await page.evaluate(() => location.origin), SHOP);
    // Inline: the loader, glue, wasm and chunks come cross-origin (CORS), the API answers the shop.
    const inline = page.locator('#inline .sportello-host');
    await lookUp(inline);
    await inline.getByRole('button', { name: 'Report a problem with this order' }).click();
    await inline.getByRole('button', { name: 'Something arrived damaged' }).waitFor();
    // Framed: the frame is the widget's origin; it sizes itself by messages to the shop's origin.
    const frame = page.locator('#framed iframe');
    const framed = page.frameLocator('#framed iframe').locator('sportello-widget .sportello-host');
    const heightOf = () => frame.evaluate((f) => f.getBoundingClientRect().height);
    await framed.getByRole('heading', { name: /Track your order/ }).waitFor();
    assert.equal(await frame.evaluate((f) => { try { return f.contentDocument; } catch { return null; } }), null,
      'the shop cannot reach into the frame');
    const before = await heightOf();
    await lookUp(framed);
    await page.waitForFunction((b) => document.querySelector('#framed').shadowRoot.querySelector('iframe')
      .getBoundingClientRect().height > b + 300, before);
    assert.deepEqual(problems, []);
    await page.screenshot({ path: `${ARTIFACTS}cross-origin.png`, fullPage: true });
    await context.close();
  } finally {
    await other.close();
  }
});

test('at 200 % zoom (a 1280 × 800 window shows 640 × 400 CSS px) the widget reflows and every step works', async () => {
  const zoomed = { width: 640, height: 400, device: { deviceScaleFactor: 2 } };
  const overflow = (page) => page.evaluate(() => {
    const root = document.querySelector('sportello-widget').shadowRoot;
    const wide = [...root.querySelectorAll(':not(.sportello-sr-only)')].filter((e) => e.scrollWidth > e.clientWidth + 1
      && getComputedStyle(e).overflowX !== 'visible').map((e) => e.className || e.tagName);
    return { page: document.documentElement.scrollWidth - window.innerWidth, wide };
  });
  // Inline, in the shop's column.
  {
    const { context, page, problems } = await host(
      `${LOADER}<main><h1>Shop</h1><sportello-widget api-base="/v1"></sportello-widget></main>`, zoomed,
    );
    const widget = page.locator('sportello-widget .sportello-host');
    await widget.getByRole('button', { name: 'Find my order' }).click();
    await widget.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await lookUp(widget);
    assert.deepEqual(await overflow(page), { page: 0, wide: [] }, 'nothing scrolls sideways');
    await page.screenshot({ path: `${ARTIFACTS}zoom-200-inline.png`, fullPage: true });
    await widget.getByRole('button', { name: 'Report a problem with this order' }).click();
    await widget.getByRole('button', { name: 'Something arrived damaged' }).click();
    await widget.getByRole('button', { name: 'I still want to write to you' }).click();
    await widget.getByRole('button', { name: 'Continue' }).click();
    await widget.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    assert.deepEqual(await overflow(page), { page: 0, wide: [] });
    await axeClean(page);
    assert.deepEqual(problems, []);
    await context.close();
  }
  // Launcher: so short a window gets the full-screen sheet, not a 288 px panel.
  {
    const { context, page, problems } = await host(
      `<main><h1>Shop</h1></main>${LOADER}<sportello-widget api-base="/v1" mode="launcher"></sportello-widget>`, zoomed,
    );
    await page.getByRole('button', { name: 'Help with your order' }).click();
    const panel = page.getByRole('dialog', { name: 'Help with your order' });
    const widget = panel.locator('.sportello-host');
    await lookUp(widget);
    const area = await panel.boundingBox();
    assert.deepEqual([area.x, area.y, area.width, area.height], [0, 0, 640, 400], 'a full-window sheet');
    assert.deepEqual(await overflow(page), { page: 0, wide: [] });
    // The order scrolls inside the sheet: its last control can be reached and seen.
    const last = widget.getByRole('button', { name: 'Report a problem with this order' });
    await last.scrollIntoViewIfNeeded();
    const box = await last.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 400, JSON.stringify(box));
    await page.screenshot({ path: `${ARTIFACTS}zoom-200-launcher.png` });
    await page.keyboard.press('Escape');
    assert.equal(await focusedName(page), 'Help with your order');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('launcher sheet on a phone in Italian: each step lands in view inside the sheet, with focus', async () => {
  const { context, page, problems } = await host(
    `<main><h1>Negozio</h1><p style="height: 3000px">Prodotti…</p></main>${LOADER}
     <sportello-widget api-base="/v1" mode="launcher" locale="it"></sportello-widget>`,
    { width: 360, height: 740, device: { isMobile: true, hasTouch: true } },
  );
  await page.getByRole('button', { name: 'Aiuto con il tuo ordine' }).tap();
  const sheet = page.getByRole('dialog', { name: 'Aiuto con il tuo ordine' });
  const widget = sheet.locator('.sportello-host');
  const heading = (name) => widget.getByRole('heading', { name, level: 2 });
  await widget.getByLabel("Numero d'ordine").fill('SP-1005');
  await widget.getByLabel('Indirizzo e-mail').fill('sara.romano@example.com');
  await widget.getByRole('button', { name: 'Trova il mio ordine' }).tap();
  await landed(page, heading('Ordine SP-1005'), 'launcher-it-1-order');
  // At the end of a long order: the shopper scrolls the sheet down to the button.
  const report = widget.getByRole('button', { name: 'Segnala un problema con questo ordine' });
  await report.scrollIntoViewIfNeeded();
  await report.tap();
  await landed(page, heading(/Di cosa si tratta/), 'launcher-it-2-topics');
  await widget.getByRole('button', { name: 'Altro' }).tap();
  await landed(page, heading(/Raccontaci cosa è successo/), 'launcher-it-3-form');
  // The sheet's own title and close button stay at the top all along.
  const title = await sheet.locator('.sportello-launcher-title').boundingBox();
  assert.ok(title.y >= 0 && title.y < 60, JSON.stringify(title));
  assert.deepEqual(problems, []);
  await context.close();
});

test('launcher sheet on a phone: it follows the visual viewport that the iOS keyboard shrinks, and lets go when closed or removed', async () => {
  const { context, page, problems } = await host(
    `<main><h1>Shop</h1><p style="height: 3000px">Products…</p></main>${LOADER}
     <sportello-widget api-base="/v1" mode="launcher"></sportello-widget>`,
    { width: 390, height: 844, device: { isMobile: true, hasTouch: true } },
  );
  // Chromium has no on-screen keyboard: a stand-in visual viewport plays what iOS Safari does
  // when the keyboard opens (the visual viewport shrinks and scrolls; the layout one stays).
  await page.evaluate(() => {
    const fake = new EventTarget();
    Object.assign(fake, { offsetTop: 0, offsetLeft: 0, width: 390, height: 844, scale: 1, listening: 0 });
    const add = fake.addEventListener.bind(fake);
    const remove = fake.removeEventListener.bind(fake);
    fake.addEventListener = (...a) => { fake.listening += 1; add(...a); };
    fake.removeEventListener = (...a) => { fake.listening -= 1; remove(...a); };
    Object.defineProperty(window, 'visualViewport', { value: fake, configurable: true });
    window.keyboard = (height, offsetTop) => {
      Object.assign(fake, { height, offsetTop });
      fake.dispatchEvent(new Event('resize'));
      fake.dispatchEvent(new Event('scroll'));
    };
  });
  // The loader already ran: add the launcher again so that it sees the stand-in.
  await page.evaluate(() => {
    const old = document.querySelector('sportello-widget');
    const again = old.cloneNode();
    old.remove();
    document.body.append(again);
  });
  await page.getByRole('button', { name: 'Help with your order' }).click();
  const panel = page.getByRole('dialog', { name: 'Help with your order' });
  const widget = panel.locator('.sportello-host');
  await widget.getByLabel('Order number').fill('SP-1002');
  const scrolled = await page.evaluate(() => window.scrollY);
  // The keyboard opens: 336 px tall, Safari scrolled the visual viewport by 120 px.
  await page.evaluate(() => window.keyboard(508, 120));
  let area = await panel.boundingBox();
  assert.deepEqual([area.y, area.height], [120, 508], 'the sheet fills what the keyboard leaves');
  // The next field, focused, is scrolled into the sheet's part above the keyboard.
  await widget.getByLabel('E-mail address').focus();
  const field = await widget.getByLabel('E-mail address').boundingBox();
  assert.ok(field.y >= 120 && field.y + field.height <= 628, `the next field is above the keyboard: ${JSON.stringify(field)}`);
  assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page behind did not move');
  // It closes: the sheet is the whole screen again.
  await page.evaluate(() => window.keyboard(844, 0));
  area = await panel.boundingBox();
  assert.deepEqual([area.y, area.height], [0, 844]);
  // Closed, it stops listening; removed, nothing is left listening either.
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => window.visualViewport.listening), 0);
  await page.getByRole('button', { name: 'Help with your order' }).click();
  assert.ok(await page.evaluate(() => window.visualViewport.listening) > 0);
  await page.evaluate(() => document.querySelector('sportello-widget').remove());
  assert.equal(await page.evaluate(() => window.visualViewport.listening), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a touch screen every target is at least 44 × 44 px, on every screen of a journey', async () => {
  const { context, page, problems } = await host(
    `${LOADER}<sportello-widget api-base="/v1"></sportello-widget>`,
    { width: 360, height: 780, device: { isMobile: true, hasTouch: true } },
  );
  const widget = page.locator('sportello-widget .sportello-host');
  const check = async (screen) => assert.deepEqual(await smallTargets(page), [], `${screen}: targets under 44 px`);
  await widget.getByRole('heading', { name: /Track your order/ }).waitFor();
  await check('lookup form');
  await widget.getByRole('button', { name: 'Find my order' }).click();
  await widget.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
  await check('lookup form with errors');
  await lookUp(widget);
  await widget.getByText('SCUSA10').first().waitFor();
  await check('delayed order with voucher, notifications and carrier link');
  await widget.getByRole('button', { name: 'Report a problem with this order' }).click();
  await widget.getByRole('button', { name: 'Something arrived damaged' }).waitFor();
  await check('complaint topics');
  await widget.getByRole('button', { name: 'Something arrived damaged' }).click();
  await widget.getByRole('button', { name: 'I still want to write to you' }).click();
  await widget.getByRole('button', { name: 'Continue' }).waitFor();
  await check('complaint form');
  await page.screenshot({ path: `${ARTIFACTS}touch-complaint-form.png`, fullPage: true });
  // The rows stay rows: a 16 px label text in a 44 px row, not a stretched control.
  const row = await widget.locator('.sportello-radio').first().boundingBox();
  assert.ok(row.height >= 44 && row.height < 64, JSON.stringify(row));
  assert.deepEqual(problems, []);
  await context.close();
});

test('long unbroken text never widens the page, inline or in the launcher sheet, at 320 px', async () => {
  // What real data brings: a carrier scan carrying a long URL, a German compound, a voucher
  // code, a tracking number, the shop's message. The reference backend takes them as long as
  // its ingest API allows; any other backend may send more, so the answer is then stretched to
  // 2000 characters without a space each on its way to the widget.
  const long = (start, length) => (start + 'x'.repeat(length)).slice(0, length);
  await admin('POST', '/admin/orders/SP-1006/events', {
    shipment_id: 'P1', status: 'in_transit', location: long('Donaudampfschifffahrtsgesellschaftskapitän', 200),
    description: long('https://tracking.example/scan?ref=', 500),
  });
  await admin('PUT', '/admin/orders/SP-1006/delay', {
    shipment_id: 'P1', delay: { reason: 'carrier_capacity', side: 'carrier', message: long('Grundstücksverkehrsgenehmigung', 2000) },
  });
  await admin('POST', '/admin/orders/SP-1006/voucher', { shipment_id: 'P1', goodwill: { code: long('SCUSA', 64), amount: 500 } });
  for (const mode of ['inline', 'launcher']) {
    const { context, page } = await host(
      `<main><h1>Shop</h1></main>${LOADER}<sportello-widget api-base="/v1" mode="${mode}"></sportello-widget>`,
      { width: 320 },
    );
    await page.route('**/v1/orders/lookup', async (route) => {
      const response = await route.fetch();
      const order = await response.json();
      const parcel = order.shipments[0];
      const scan = parcel.events.find((e) => e.location?.startsWith('Donau'));
      scan.location = long('Donaudampfschifffahrtsgesellschaftskapitän', 2000);
      scan.description = long('https://tracking.example/scan?ref=', 2000);
      parcel.delay.goodwill.code = long('SCUSA', 2000);
      parcel.tracking_number = long('BRT', 2000);
      await route.fulfill({ response, body: JSON.stringify(order) });
    });
    if (mode === 'launcher') await page.getByRole('button', { name: 'Help with your order' }).click();
    const widget = page.locator('sportello-widget .sportello-host');
    await widget.getByLabel('Order number').fill('SP-1006');
    await widget.getByLabel('E-mail address').fill('paolo.ricci@example.com');
    await widget.getByRole('button', { name: 'Find my order' }).click();
    await widget.getByRole('heading', { name: 'Order SP-1006' }).waitFor();
    await widget.getByText(/^SCUSAx{1995}$/).first().waitFor();
    const show = widget.getByRole('button', { name: /Show all/ });
    if (await show.count()) await show.first().click();
    const overflow = await page.evaluate(() => {
      const widest = [...document.querySelectorAll('sportello-widget')].flatMap((w) => {
        const root = w.shadowRoot ?? w;
        return [...root.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right);
      });
      return {
        page: document.documentElement.scrollWidth - window.innerWidth,
        element: Math.max(...widest) - window.innerWidth,
      };
    });
    await page.screenshot({ path: `${ARTIFACTS}long-text-${mode}-320.png` });
    assert.ok(overflow.page <= 0, `${mode}: the page scrolls sideways by ${overflow.page}px`);
    assert.ok(overflow.element <= 1, `${mode}: an element reaches ${overflow.element}px past the screen`);
    await context.close();
  }
});
