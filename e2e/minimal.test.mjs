// The widget against the deliberately minimal backend of examples/minimal-backend (Node, two
// endpoints, no capability): the lookup works, and everything the backend does not offer is
// simply absent (no complaint, follow-up, refresh or notification opt-in), never a failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeClean, useChromium } from './browser.mjs';

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
