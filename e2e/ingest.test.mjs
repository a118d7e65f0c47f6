// End-to-end: an order that comes in through the ingest API (as a shop's own system sends it),
// then a delay the shop posts the same way; the shopper, on a phone, finds it with or without
// the "#" and sees the delay explained in the shop's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, BASE, axeClean, landed, openPage, useChromium } from './browser.mjs';

const chromium = useChromium();
const KEY = process.env.SPORTELLO_INGEST_KEY ?? 'demo-ingest';

async function ingest(method, path, body) {
  const response = await fetch(new URL(path, BASE), {
    method,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

const day = (offset, hour) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString().replace('.000Z', 'Z');
};

test('an order put in by the shop\'s system, then its delay, reach the shopper on a phone', async () => {
  const order = {
    email: 'sara.conti@example.com',
    postcode: '50122',
    placed_at: day(-5, 9),
    status: 'in_transit',
    currency: 'EUR',
    items: [{ name: 'Vaso in terracotta', quantity: 1, unit_price: 3200 }],
    shipping_address: { name: 'Sara Conti', line: 'Via dei Neri 5', city: 'Firenze', postcode: '50122', country: 'IT' },
    promised_delivery: { from: day(1, 8), to: day(2, 20) },
    shipments: [{
      id: 'A', carrier: 'SDA', status: 'in_transit', tracking_number: 'SDA777',
      estimated_delivery: { from: day(1, 8), to: day(2, 20) },
      events: [{ at: day(-2, 7), location: 'Bologna', description: 'In transito', status: 'in_transit' }],
    }],
  };
  assert.deepEqual(await ingest('PUT', '/ingest/v1/orders/%23SP-2001', order), { outcome: 'created' });
  assert.deepEqual(await ingest('PUT', '/ingest/v1/orders/SP-2001', order), { outcome: 'unchanged' });

  const { context, page, problems } = await openPage(chromium(), BASE, {
    locale: 'it-IT', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
  });
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByLabel("Numero d'ordine").fill('#sp-2001');
  await widget.getByLabel('Indirizzo e-mail').fill('Sara.Conti@example.com');
  await widget.getByRole('button', { name: 'Trova il mio ordine' }).tap();
  await landed(page, widget.getByRole('heading', { name: 'Ordine SP-2001' }), 'ingest-order-it-360');
  assert.match(await widget.innerText(), /Vaso in terracotta/);
  assert.doesNotMatch(await widget.innerText(), /Via dei Neri|Conti/);

  // The shop posts a delay through the ingest API; the shopper checks for updates.
  await ingest('PUT', '/ingest/v1/orders/sp-2001/delay', {
    shipment_id: 'A',
    delay: {
      reason: 'weather', side: 'carrier',
      message: 'La neve ha chiuso il passo appenninico: i camion ripartono domani.',
      action: 'Ti scriviamo appena il pacco riparte.',
      new_estimate: { from: day(4, 8), to: day(5, 20) },
    },
  });
  await widget.getByRole('button', { name: 'Controlla gli aggiornamenti' }).tap();
  const banner = widget.getByRole('heading', { name: 'Il tuo pacco è in ritardo' });
  await banner.waitFor();
  await widget.getByText('La neve ha chiuso il passo appenninico: i camion ripartono domani.').waitFor();
  await page.screenshot({ path: `${ARTIFACTS}ingest-delay-it-360.png` });
  await axeClean(page);
  assert.deepEqual(problems, []);
  await context.close();
});
