// The widget against the deliberately minimal backend of examples/minimal-backend (Node, two
// endpoints, no capability): the lookup works, and everything the backend does not offer is
// simply absent (no complaint, follow-up, refresh or notification opt-in), never a failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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

test('a backend that takes no parcel requests: the parcel that waits is explained, nothing to tap', async () => {
  const context = await chromium().newContext({
    locale: 'en-GB', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(URL_);
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByLabel('Order number').fill('MB-1003');
  await widget.getByLabel('E-mail address').fill('grace.hopper@example.com');
  await widget.getByRole('button', { name: 'Find my order' }).tap();
  await landed(page, widget.getByRole('heading', { name: 'Order MB-1003' }), 'minimal-pickup-360');
  const needs = widget.getByRole('region', { name: 'Your parcel is waiting for you' });
  await needs.getByText('Post Office Victoria Street').waitFor();
  await needs.getByText(/^Opening hours: Mon-Sat 9:00-17:30/).waitFor();
  // The parcel lists "another day", but this shop takes no requests: no button, and no words
  // promising a link or a form that is not there.
  assert.equal(await widget.getByRole('button', { name: 'Choose another delivery day' }).count(), 0);
  assert.doesNotMatch(await widget.innerText(), /\blink\b|another delivery day/i);
  await page.screenshot({ path: `${ARTIFACTS}minimal-pickup-360.png` });
  await axeClean(page);
  assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  await context.close();
});

const GERMAN = process.env.SPORTELLO_MINIMAL_DE_URL ?? 'http://127.0.0.1:8091/';

const REFERENCE_DE = process.env.SPORTELLO_REFERENCE_DE_URL ?? 'http://127.0.0.1:8092/';
const REFERENCE_DE_KEY = process.env.SPORTELLO_REFERENCE_DE_INGEST_KEY ?? 'ingest-de';

/** The German shop's orders, put into the reference backend through its ingest API. */
async function seedGermanReference() {
  const shop = JSON.parse(await readFile(new URL('../examples/minimal-backend/shop-de.json', import.meta.url), 'utf8'));
  for (const { email, postcode, order } of shop.orders) {
    const { number, ...fields } = order;
    const response = await fetch(new URL(`ingest/v1/orders/${encodeURIComponent(number)}`, REFERENCE_DE), {
      method: 'PUT',
      headers: { authorization: `Bearer ${REFERENCE_DE_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email, postcode, ...fields }),
    });
    assert.ok(response.ok, `${number}: ${response.status} ${await response.text()}`);
  }
}

// The minimal backend serves a shop page; the reference backend, as a shop without the demo,
// the widget's own full page.
for (const [backend, pageUrl] of [['minimal', GERMAN], ['reference', new URL('widget/', REFERENCE_DE).href]]) {
  test(`a German shop that looks orders up by postcode, on a phone (${backend} backend): its example, its prefix, its proof`, async () => {
    if (backend === 'reference') await seedGermanReference();
    const context = await chromium().newContext({
      locale: 'de-DE', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    const problems = [];
    const lookups = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('request', (r) => { if (r.url().endsWith('/orders/lookup')) lookups.push(r.postDataJSON()); });
    await page.goto(pageUrl);
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
    await page.screenshot({ path: `${ARTIFACTS}german-prefix-${backend}-360.png` });
    assert.equal(lookups.length, 0);
    assert.equal(await widget.getByLabel('Postleitzahl der Lieferadresse').inputValue(), '20095');
    await axeClean(page);

    await widget.getByRole('link', { name: hint }).tap();
    await widget.getByLabel('Bestellnummer').fill('KR-100042');
    await widget.getByRole('button', { name: 'Bestellung suchen' }).tap();
    await landed(page, widget.getByRole('heading', { name: 'Bestellung KR-100042' }), `german-order-${backend}-360`);
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
    await page.screenshot({ path: `${ARTIFACTS}german-not-found-${backend}-360.png` });
    assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
    await context.close();
  });
}
