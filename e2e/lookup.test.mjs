// End-to-end: the demo shop page served by the reference backend, with the built widget, in the
// system Chromium. Run by `cargo xtask test` with SPORTELLO_URL set to the running backend.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, BASE, axeClean, landed, openPage, useChromium } from './browser.mjs';

const chromium = useChromium();

/** A phone-sized page of the demo shop in the given language. */
function openShop(locale) {
  return openPage(chromium(), BASE, {
    locale,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
}

test('a customer finds a delayed order on the demo shop, in Italian', async () => {
  const { context, page, requests, problems } = await openShop('it-IT');
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByRole('heading', { name: 'Traccia il tuo ordine su Bottega Aurora' }).waitFor();

  await widget.getByLabel("Numero d'ordine").fill('sp-1002');
  await widget.getByLabel('Indirizzo e-mail').fill('marco.bianchi@example.com');
  await widget.getByRole('button', { name: 'Trova il mio ordine' }).click();

  await widget.getByRole('heading', { name: 'Ordine SP-1002' }).waitFor();
  const text = await widget.innerText();
  assert.match(text, /In viaggio/);
  assert.match(text, /Piatto da portata dipinto a mano/);
  assert.match(text, /54,00\s€/);
  await page.screenshot({ path: `${ARTIFACTS}order-found-it.png`, fullPage: true });

  // Accessibility of the widget (WCAG 2.2 AA rules of axe-core).
  await axeClean(page);

  // Personal data never in a URL; no cookies sent.
  for (const r of requests) {
    assert.ok(!/marco|bianchi|%40|@/i.test(r.url), `personal data in ${r.url}`);
    assert.equal(r.headers.cookie, undefined, `cookie sent to ${r.url}`);
  }
  assert.ok(requests.some((r) => r.method === 'POST' && r.url.endsWith('/v1/orders/lookup')));
  // Nothing stored in the browser (drafts will be the only exception), and no cookies set.
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '' });
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a wrong e-mail gets the not-found message and keeps what was typed', async () => {
  const { context, page, problems } = await openShop('en-GB');
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByLabel('Order number').fill('SP-1001');
  await widget.getByLabel('E-mail address').fill('someone.else@example.com');
  await widget.getByRole('button', { name: 'Find my order' }).click();

  const alert = widget.getByRole('alert');
  await alert.getByText("We couldn't find an order with that number and e-mail address.").waitFor();
  assert.equal(await widget.getByLabel('E-mail address').inputValue(), 'someone.else@example.com');
  await page.screenshot({ path: `${ARTIFACTS}not-found-en.png`, fullPage: true });

  await axeClean(page);
  // The 404 of the lookup is an expected answer, not a page error; nothing else may fail.
  assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
  await context.close();
});

test('invalid input is caught before anything is sent', async () => {
  const { context, page, requests } = await openShop('en-GB');
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByRole('heading', { name: /Track your order/ }).waitFor();
  await widget.getByLabel('E-mail address').fill('not-an-email');
  await widget.getByRole('button', { name: 'Find my order' }).click();
  await widget.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await widget.getByRole('link', { name: 'Enter your order number' }).click();
  assert.equal(await widget.getByLabel('Order number').evaluate((el) => el === el.getRootNode().activeElement), true);
  assert.ok(!requests.some((r) => r.url.includes('/orders/lookup')));
  await context.close();
});

test('the shop\'s own lookup: its example, the postcode instead of the e-mail, a number without its prefix (360 px, Italian)', async () => {
  const { context, page, requests, problems } = await openPage(chromium(), BASE, {
    locale: 'it-IT', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
  });
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByRole('heading', { name: 'Traccia il tuo ordine su Bottega Aurora' }).waitFor();
  await widget.getByText("Lo trovi nell'e-mail di conferma dell'ordine, per esempio SP-1001.").waitFor();
  assert.equal(await widget.getByLabel('CAP di consegna').isVisible(), false);

  // The other proof, a tap away: its field shows and takes focus; the e-mail field goes.
  await widget.getByRole('button', { name: 'Usa invece il CAP di consegna' }).tap();
  const postcode = widget.getByLabel('CAP di consegna');
  await page.waitForFunction((el) => el.getRootNode().activeElement === el, await postcode.elementHandle());
  const box = await postcode.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 740, `the postcode field at ${box.y}`);
  assert.equal(await widget.getByLabel('Indirizzo e-mail').isVisible(), false);
  await widget.getByText("Inserisci il numero d'ordine e il CAP dell'indirizzo di consegna.").waitFor();
  await page.screenshot({ path: `${ARTIFACTS}postcode-proof-it-360.png` });

  // Digits alone, where the shop's numbers start with SP-: the whole number, before any lookup.
  await widget.getByLabel("Numero d'ordine").fill('1003');
  await postcode.fill('80121');
  await widget.getByRole('button', { name: 'Trova il mio ordine' }).tap();
  const fix = widget.getByRole('link', { name: "Inserisci il numero d'ordine completo, per esempio SP-1003" });
  await fix.waitFor();
  assert.ok(!requests.some((r) => r.url.endsWith('/orders/lookup')));
  await fix.tap();
  await widget.getByLabel("Numero d'ordine").fill('SP-1003');
  await widget.getByRole('button', { name: 'Trova il mio ordine' }).tap();
  await landed(page, widget.getByRole('heading', { name: 'Ordine SP-1003' }), 'postcode-order-it-360');
  const sent = requests.filter((r) => r.url.endsWith('/orders/lookup'));
  assert.equal(sent.length, 1);

  // Back to the form: the proof chosen and what was typed are still there.
  await widget.getByRole('button', { name: 'Cerca un altro ordine' }).tap();
  assert.equal(await widget.getByLabel('CAP di consegna').inputValue(), '80121');
  await widget.getByRole('button', { name: "Usa invece l'indirizzo e-mail" }).waitFor();
  await axeClean(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a desktop in English, a number typed without its prefix is completed in the hint', async () => {
  const { context, page, requests } = await openPage(chromium(), BASE, { locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByText("You'll find it in your order confirmation e-mail, for example SP-1001.").waitFor();
  await widget.getByLabel('Order number').fill('1001');
  await widget.getByLabel('E-mail address').fill('giulia.rossi@example.com');
  await widget.getByRole('button', { name: 'Find my order' }).click();
  const problem = widget.getByRole('heading', { name: 'There is a problem' });
  await problem.waitFor();
  const box = await problem.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 800, `the summary at ${box.y}`);
  await page.screenshot({ path: `${ARTIFACTS}prefix-hint-en-1280.png` });
  await widget.getByRole('link', { name: 'Enter the whole order number, like SP-1001' }).waitFor();
  assert.ok(!requests.some((r) => r.url.endsWith('/orders/lookup')));
  await widget.getByRole('button', { name: 'Use the delivery postcode instead' }).waitFor();
  await context.close();
});
