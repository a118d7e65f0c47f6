// End-to-end journeys of order tracking and delay explanations against the reference backend,
// in the system Chromium. Each journey ends with an axe-core scan of the widget (WCAG 2.2 AA).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, BASE, admin, axeClean, lookUp, openPage, useChromium } from './browser.mjs';

const chromium = useChromium();

/** The demo shop at `width` (a touch phone under 600 px), allowed to use the clipboard. */
function page(locale, width = 390, hash = '') {
  return openPage(chromium(), new URL(hash, BASE).href, {
    locale,
    viewport: { width, height: 900 },
    isMobile: width < 600,
    hasTouch: width < 600,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
}

test('a delayed order opens with the explanation, the new date and a voucher that copies', async () => {
  for (const width of [360, 1280]) {
    const { context, page: p, widget, problems } = await page('en-GB', width);
    await lookUp(widget, 'SP-1002', 'marco.bianchi@example.com');
    const banner = widget.getByRole('region', { name: 'Your parcel is running late' });
    await banner.waitFor();
    const text = await banner.innerText();
    assert.match(text, /more parcels than it can handle/);
    assert.match(text, /Where the hold-up is: with the carrier/);
    assert.match(text, /We're sorry/);
    // The shop's own words, why and what it is doing, quoted in its language (Italian), not
    // under a label of ours as if we had said them in English.
    const words = banner.getByRole('figure').filter({ hasText: "In the shop's words" });
    assert.match(await words.innerText(), /Bologna/);
    assert.equal(await words.locator('blockquote').getAttribute('lang'), 'it');
    assert.doesNotMatch(text, /What we're doing:/);
    assert.match(text, /New estimated date:/);
    assert.match(text, /10% off your next order/);
    // No promotion while the order is late.
    assert.doesNotMatch(await widget.innerText(), /INVERNO/);
    if (width === 360) {
      // On a 360×740 phone the first screenful holds what is late and the new date.
      await p.setViewportSize({ width: 360, height: 740 });
      await widget.getByRole('heading', { name: 'Order SP-1002' }).evaluate((h) => h.scrollIntoView());
      const date = await banner.getByText(/New estimated date:/).boundingBox();
      assert.ok(date.y >= 0 && date.y + date.height <= 740, `the new date is at ${date.y} of 740`);
      await p.screenshot({ path: `${ARTIFACTS}delayed-order-first-screenful-360.png` });
    }
    await p.screenshot({ path: `${ARTIFACTS}delayed-order-${width}.png`, fullPage: true });
    if (width === 360) {
      await banner.getByRole('button', { name: 'Copy code' }).click();
      await banner.getByRole('button', { name: 'Code copied' }).waitFor();
      assert.equal(await p.evaluate(() => navigator.clipboard.readText()), 'SCUSA10');
    }
    await axeClean(p);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('in the shop\'s own language its words replace the general reason, quoted as its words', async () => {
  const { context, page: p, widget, problems } = await page('it-IT', 360);
  await lookUp(widget, 'SP-1002', 'marco.bianchi@example.com', ["Numero d'ordine", 'Indirizzo e-mail', 'Trova il mio ordine']);
  const banner = widget.getByRole('region', { name: 'Il tuo pacco è in ritardo' });
  await banner.waitFor();
  const words = banner.getByRole('figure').filter({ hasText: 'Le parole del negozio' });
  assert.match(await words.innerText(), /Bologna/);
  assert.match(await words.innerText(), /Abbiamo chiesto al corriere/);
  assert.equal(await words.locator('blockquote').getAttribute('lang'), 'it');
  // Said once: not the general "Il corriere ha più pacchi…" as well.
  assert.doesNotMatch(await banner.innerText(), /più pacchi di quanti riesca a gestire/);
  await p.screenshot({ path: `${ARTIFACTS}delay-shop-words-it-360.png`, fullPage: true });
  await axeClean(p);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a two-parcel order shows each journey and which parcel is late', async () => {
  const { context, page: p, widget } = await page('it-IT');
  await lookUp(widget, 'SP-1008', 'anna.greco@example.com', ["Numero d'ordine", 'Indirizzo e-mail', 'Trova il mio ordine']);
  const late = widget.getByRole('region', { name: 'Il pacco 2 di 2 è in ritardo' });
  await late.waitFor();
  // The banner says what is in the late parcel, and that the other one has already arrived.
  const said = await late.innerText();
  assert.match(said, /In questo pacco: 1 × Servizio da tè in maiolica/);
  assert.match(said, /L'altro pacco ti è già arrivato\./);
  const first = widget.getByRole('region', { name: 'Pacco 1 di 2 · GLS' });
  const second = widget.getByRole('region', { name: 'Pacco 2 di 2 · GLS' });
  assert.match(await first.innerText(), /Consegnato il/);
  assert.equal(await first.locator('[aria-current=step]').innerText(), 'Consegnato');
  assert.equal(await second.locator('[aria-current=step]').innerText(), 'In viaggio');
  assert.match(await second.innerText(), /neve/i);
  const link = second.getByRole('link', { name: /Seguilo sul sito di GLS/ });
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  await p.screenshot({ path: `${ARTIFACTS}multi-parcel-it.png`, fullPage: true });
  await axeClean(p);
  await context.close();
});

test('a refund late at the bank is explained as the bank\'s delay, with what the shop did', async () => {
  const { context, page: p, widget } = await page('en-GB');
  await lookUp(widget, 'SP-1004', 'luca.ferrari@example.com');
  const banner = widget.getByRole('region', { name: 'Your refund is taking longer than it should' });
  await banner.waitFor();
  const text = await banner.innerText();
  assert.match(text, /the banks are taking longer than usual/);
  assert.match(text, /Where the hold-up is: with the banks/);
  assert.match(text, /CRO/);
  assert.match(text, /€5\.00 off your next order/);
  // Money, not a delivery: the apology, the date it was promised by, the opt-in's intro; no
  // "Delivering to" for goods that came back.
  assert.match(text, /You were counting on this money/);
  assert.match(text, /We promised: \w+day,? /);
  assert.match(await widget.innerText(), /as soon as your refund moves or reaches you/);
  assert.doesNotMatch(await widget.innerText(), /Delivering to|your order arrives/);
  await p.screenshot({ path: `${ARTIFACTS}refund-late-390.png`, fullPage: true });
  const refund = widget.getByRole('region', { name: 'Your refund', exact: true });
  assert.match(await refund.innerText(), /€39\.00 by bank transfer/);
  assert.equal(await refund.locator('[aria-current=step]').innerText(), 'Sent by us');
  await axeClean(p);
  await context.close();
});

test('opting in to notifications queues a message when the shop records a delay', async () => {
  const { context, page: p, widget } = await page('en-GB');
  await lookUp(widget, 'SP-1010', 'giorgio.marino@example.com');
  const optIn = widget.getByRole('region', { name: 'Tell me if anything changes' });
  await optIn.waitFor();
  await optIn.getByLabel('WhatsApp').check();
  await optIn.getByRole('button', { name: 'Notify me' }).click();
  await optIn.getByRole('link', { name: /Enter your mobile number/ }).waitFor();
  await axeClean(p);
  // The shop's phones are Italian (phone_country IT): typed as Italians do, sent with +39.
  await optIn.getByText('From another country, start with + and its code.').waitFor();
  await optIn.getByLabel('Mobile number').fill('333 765 4321');
  await optIn.getByLabel(/I agree to be contacted/).check();
  await optIn.getByRole('button', { name: 'Notify me' }).click();
  const done = optIn.getByText("Done: we'll message you on WhatsApp if anything changes.");
  await done.waitFor();
  // Where the customer tapped: the confirmation is in view and has focus.
  await p.waitForFunction((el) => el.getRootNode().activeElement === el, await done.elementHandle());
  const box = await done.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= p.viewportSize().height, `the confirmation at ${box.y}`);
  // Looked up again (a later visit): the customer is told they are signed up, not asked again.
  await widget.getByRole('button', { name: 'Look up another order' }).click();
  await widget.getByRole('button', { name: 'Find my order' }).click();
  const again = widget.getByRole('region', { name: 'Tell me if anything changes' });
  await again.getByText("You're signed up: we'll message you on WhatsApp if anything changes.").waitFor();
  assert.equal(await again.getByRole('button', { name: 'Notify me' }).count(), 0);
  await again.getByRole('button', { name: 'Tell me another way too' }).click();
  await again.getByRole('button', { name: 'Notify me' }).waitFor();

  await admin('PUT', '/admin/orders/SP-1010/delay', {
    shipment_id: 'P1',
    delay: { reason: 'strike', side: 'carrier', message: 'A second strike day was called.', action: 'We will ship a replacement if it is not moving by Friday.' },
  });
  const outbox = await admin('GET', '/admin/outbox');
  const mine = outbox.filter((m) => m.order_number === 'SP-1010');
  assert.equal(mine.length, 1);
  assert.equal(mine[0].channel, 'whatsapp');
  assert.equal(mine[0].address, '+39 333 765 4321');
  assert.match(mine[0].body, /second strike day/);
  await axeClean(p);
  await context.close();
});

test('a deep link from a shop e-mail prefills the order number, never the e-mail', async () => {
  const { context, page: p, widget, requests } = await page('en-GB', 390, '#sportello-order=SP-1003');
  const number = widget.getByLabel('Order number');
  await number.waitFor();
  await p.waitForFunction(() => document.querySelector('sportello-widget')?.shadowRoot?.querySelector('input[name=order_number]')?.value === 'SP-1003');
  assert.equal(await widget.getByLabel('E-mail address').inputValue(), '');
  await widget.getByLabel('E-mail address').fill('chiara.esposito@example.com');
  await widget.getByRole('button', { name: 'Find my order' }).click();
  await widget.getByRole('heading', { name: 'Order SP-1003' }).waitFor();
  assert.match(await widget.innerText(), /Delivered on/);
  for (const { url } of requests) assert.ok(!url.includes('chiara'), `personal data in ${url}`);
  await axeClean(p);
  await context.close();
});

test('a delay recorded by the shop appears after a refresh, announced, and promotions go away', async () => {
  // No complaint about SP-1001 left open by an earlier file: that alone would hide promotions.
  for (const complaint of await admin('GET', '/admin/complaints')) {
    if (complaint.order_number === 'SP-1001' && !['resolved', 'closed'].includes(complaint.status)) {
      await admin('POST', `/admin/complaints/${complaint.reference}/resolve`, { text: 'Sorted.' });
    }
  }
  const { context, page: p, widget } = await page('en-GB');
  await lookUp(widget, 'SP-1001', 'giulia.rossi@example.com');
  await widget.getByRole('heading', { name: 'Order SP-1001' }).waitFor();
  // On time: the promotion shows (once the order's complaints are known: none is open).
  await widget.getByText(/Spedizione gratuita/).waitFor();
  assert.doesNotMatch(await widget.innerText(), /running late/);

  const soon = new Date(Date.now() + 6 * 86400e3).toISOString().replace(/\.\d+Z$/, 'Z');
  await admin('PUT', '/admin/orders/SP-1001/delay', {
    shipment_id: 'P1',
    delay: { reason: 'weather', side: 'carrier', message: 'Floods near Florence closed the motorway.', new_estimate: { from: soon, to: soon } },
  });
  await admin('POST', '/admin/orders/SP-1001/voucher', { shipment_id: 'P1', goodwill: { code: 'ALLUVIONE', amount: 500 } });

  await widget.getByRole('button', { name: 'Check for updates' }).click();
  await widget.getByRole('region', { name: 'Your parcel is running late' }).waitFor();
  await widget.getByText(/New estimated delivery for Parcel · BRT/).waitFor({ state: 'attached' });
  const text = await widget.innerText();
  assert.match(text, /Floods near Florence/);
  assert.match(text, /ALLUVIONE/);
  assert.doesNotMatch(text, /Spedizione gratuita/);
  await axeClean(p);
  await context.close();
});

test('the carrier going quiet is caught by the detector before the customer asks', async () => {
  const { context, page: p, widget } = await page('en-GB');
  await lookUp(widget, 'SP-1015', 'laura.moretti@example.com');
  // Even before the shop knows, the widget works out that the promised date has passed.
  await widget.getByRole('region', { name: 'Your parcel is running late' }).waitFor();
  assert.match(await widget.innerText(), /The date we promised has passed/);
  const { flagged } = await admin('POST', '/admin/detector/run');
  assert.ok(flagged >= 1);
  await widget.getByRole('button', { name: 'Check for updates' }).click();
  await widget.getByText('Where the hold-up is: with the carrier').waitFor();
  assert.match(await widget.innerText(), /Something outside the usual schedule has held things up\./);
  // No words in another language put in the shop's mouth.
  assert.doesNotMatch(await widget.innerText(), /In the shop's words/);
  await axeClean(p);
  await context.close();
});

test('a refresh rides out a passing 503 and shows no error', async () => {
  const { context, page: p, widget, problems } = await page('en-GB');
  await lookUp(widget, 'SP-1003', 'chiara.esposito@example.com');
  await widget.getByRole('heading', { name: 'Order SP-1003' }).waitFor();
  let failures = 1;
  let calls = 0;
  await p.route('**/v1/orders/ord_*', async (route) => {
    calls += 1;
    if (failures > 0) {
      failures -= 1;
      await route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>Service Unavailable</h1>' });
    } else {
      await route.continue();
    }
  });
  await widget.getByRole('button', { name: 'Check for updates' }).click();
  await widget.locator('.sportello-refresh').getByText(/^Updated at/).waitFor();
  assert.equal(calls, 2);
  assert.equal(await widget.getByRole('alert').count(), 0);
  // The browser logs the 503 itself; nothing else may fail.
  assert.deepEqual(problems.filter((m) => !m.includes('503')), []);
  await context.close();
});

test('a long carrier history: "Show all" lists every update, newest first, each reachable by scrolling, selection and assistive technology', async () => {
  const { context, page: p, widget, problems } = await page('en-GB', 390);
  // The demo order with 300 carrier updates on its parcel, one an hour (the backend's answer,
  // changed on its way to the page).
  await p.route('**/v1/orders/lookup', async (route) => {
    const response = await route.fetch();
    const order = await response.json();
    order.shipments[0].events = Array.from({ length: 300 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 9, 1) + i * 3_600_000).toISOString(),
      location: `Hub ${i % 37}`,
      description: `Scan number ${i + 1}`,
      status: 'in_transit',
    }));
    await route.fulfill({ response, json: order });
  });
  await lookUp(widget, 'SP-1002', 'marco.bianchi@example.com');
  const updates = widget.locator('.sportello-events li');
  await updates.first().waitFor();
  assert.equal(await updates.count(), 5);
  assert.match(await updates.first().innerText(), /Scan number 300/);
  await widget.getByRole('button', { name: 'Show all 300 updates' }).click();
  await widget.getByRole('button', { name: 'Show fewer updates' }).waitFor();
  // The rest come a hundred per frame.
  await updates.nth(299).waitFor();
  assert.equal(await updates.count(), 300);
  // The oldest, far below the screen, is there for a screen reader and for copying (Chromium
  // leaves content-visibility: auto content off screen out of the accessibility tree)...
  const cdp = await context.newCDPSession(p);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  assert.ok(nodes.some((n) => /Scan number 1\b/.test(n.name?.value ?? '')), 'in the accessibility tree');
  const selected = await widget.locator('.sportello-events').evaluate((list) => {
    const selection = list.getRootNode().host.ownerDocument.getSelection();
    selection.selectAllChildren(list);
    return selection.toString();
  });
  assert.match(selected, /Scan number 1\b/);
  assert.equal((selected.match(/Scan number/g) ?? []).length, 300, 'all 300 in a selection');
  // ...and shows when scrolled to.
  await updates.last().scrollIntoViewIfNeeded();
  assert.match(await updates.last().innerText(), /Scan number 1\b/);
  assert.ok(await updates.last().isVisible());
  await widget.getByRole('button', { name: 'Show fewer updates' }).click();
  assert.equal(await updates.count(), 5);
  await axeClean(p);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a parcel that arrived late is told in the past tense, with no offer to be told when it arrives', async () => {
  // SP-1015's promise has passed; now the carrier delivers it.
  await admin('POST', '/admin/orders/SP-1015/events', {
    shipment_id: 'P1', status: 'delivered', location: 'Bari', description: 'Consegnato al destinatario',
  });
  const { context, page: p, widget } = await page('it-IT', 360);
  await lookUp(widget, 'SP-1015', 'laura.moretti@example.com', ["Numero d'ordine", 'Indirizzo e-mail', 'Trova il mio ordine']);
  const banner = widget.getByRole('region', { name: 'Il tuo pacco è arrivato più tardi di quanto promesso' });
  await banner.waitFor();
  const text = await banner.innerText();
  assert.match(text, /È arrivato dopo la data che ti avevamo promesso/);
  assert.match(text, /Ci dispiace/);
  assert.doesNotMatch(text, /Nuova data stimata|Non c'è ancora una nuova data|Dove si è fermato/);
  assert.equal(await widget.getByRole('heading', { name: 'Avvisami se cambia qualcosa' }).count(), 0);
  await p.screenshot({ path: `${ARTIFACTS}delivered-late-it-360.png`, fullPage: true });
  await context.close();
});
