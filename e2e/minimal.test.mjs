// The widget against the deliberately minimal backend of examples/minimal-backend (Node, two
// endpoints, no capability): the lookup works, and everything the backend does not offer is
// simply absent (no complaint, follow-up, refresh or notification opt-in), never a failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, axeClean, landed, useChromium } from './browser.mjs';

const URL_ = process.env.SPORTELLO_MINIMAL_URL ?? 'http://127.0.0.1:8090/';

const chromium = useChromium();

test('a minimal backend: the order is found, what it does not offer is not shown', async () => {
  const context = await chromium().newContext({ locale: 'en-GB', viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(URL_);
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByRole('heading', { name: 'Track your order from Minimal shop' }).waitFor();
  assert.equal(await widget.getByRole('button', { name: 'Something wrong? Write to us' }).count(), 0);
  assert.equal(await widget.getByRole('button', { name: 'Follow a complaint' }).count(), 0);

  await widget.getByLabel('Order number').fill('#mb-1001');
  await widget.getByLabel('E-mail address').fill('Ada.Lovelace@example.com');
  await widget.getByRole('button', { name: 'Find my order' }).click();
  await widget.getByRole('heading', { name: 'Order MB-1001' }).waitFor();
  const text = await widget.innerText();
  assert.match(text, /Brass pocket compass/);
  assert.match(text, /Royal Mail/);
  for (const absent of ['Check for updates', 'Report a problem with this order', 'Notify me']) {
    assert.equal(await widget.getByRole('button', { name: absent }).count(), 0, absent);
  }
  await axeClean(page);

  // A wrong e-mail gets the same honest not-found as anywhere else.
  await widget.getByRole('button', { name: 'Look up another order' }).click();
  await widget.getByLabel('E-mail address').fill('someone@example.com');
  await widget.getByRole('button', { name: 'Find my order' }).click();
  await widget.getByRole('alert').first().waitFor();
  assert.match(await widget.getByRole('alert').first().innerText(), /couldn't find an order/i);
  assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  await context.close();
});

const GERMAN = process.env.SPORTELLO_MINIMAL_DE_URL ?? 'http://127.0.0.1:8091/';

test('a German shop that looks orders up by postcode, on a phone: its example, its prefix, its proof', async () => {
  const context = await chromium().newContext({
    locale: 'de-DE', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  const problems = [];
  const lookups = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('request', (r) => { if (r.url().endsWith('/orders/lookup')) lookups.push(r.postDataJSON()); });
  await page.goto(GERMAN);
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByRole('heading', { name: 'Ihre Bestellung bei Kaffeerösterei Nord verfolgen' }).waitFor();
  // The shop's own example and proof: no e-mail field, no demo shop's SP-1001, no switch.
  await widget.getByText('Sie finden sie in Ihrer Bestellbestätigung per E-Mail, zum Beispiel KR-100042.').waitFor();
  assert.doesNotMatch(await widget.innerText(), /SP-1001|E-Mail-Adresse ein/);
  assert.equal(await widget.getByLabel('E-Mail-Adresse').isVisible(), false);
  assert.equal(await widget.getByRole('button', { name: /Stattdessen/ }).count(), 0);
  await widget.getByText('Geben Sie Ihre Bestellnummer und die Postleitzahl der Lieferadresse ein.').waitFor();

  // The number without its beginning: a hint with the whole number, nothing sent, nothing lost.
  await widget.getByLabel('Bestellnummer').tap();
  await widget.getByLabel('Bestellnummer').fill('100042');
  await widget.getByLabel('Postleitzahl der Lieferadresse').fill('20095');
  await widget.getByRole('button', { name: 'Bestellung suchen' }).tap();
  const summary = widget.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' });
  await summary.waitFor();
  const hint = 'Geben Sie die vollständige Bestellnummer ein, zum Beispiel KR-100042';
  await widget.getByRole('link', { name: hint }).waitFor();
  await page.screenshot({ path: `${ARTIFACTS}german-prefix-360.png` });
  assert.equal(lookups.length, 0);
  assert.equal(await widget.getByLabel('Postleitzahl der Lieferadresse').inputValue(), '20095');
  await axeClean(page);

  await widget.getByRole('link', { name: hint }).tap();
  await widget.getByLabel('Bestellnummer').fill('KR-100042');
  await widget.getByRole('button', { name: 'Bestellung suchen' }).tap();
  await landed(page, widget.getByRole('heading', { name: 'Bestellung KR-100042' }), 'german-order-360');
  assert.match(await widget.innerText(), /Espresso Nordlicht/);
  assert.deepEqual(lookups, [{ order_number: 'KR-100042', postcode: '20095' }]);

  // A wrong postcode: the not-found speaks of the postcode, and what was typed stays.
  await widget.getByRole('button', { name: 'Andere Bestellung suchen' }).tap();
  await widget.getByLabel('Postleitzahl der Lieferadresse').fill('99999');
  await widget.getByRole('button', { name: 'Bestellung suchen' }).tap();
  const alert = widget.getByRole('alert').first();
  await alert.getByText('Wir haben keine Bestellung mit dieser Nummer und dieser Postleitzahl gefunden.').waitFor();
  assert.match(await alert.innerText(), /Postleitzahl der Lieferadresse/);
  assert.equal(await widget.getByLabel('Bestellnummer').inputValue(), 'KR-100042');
  await page.screenshot({ path: `${ARTIFACTS}german-not-found-360.png` });
  assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  await context.close();
});
