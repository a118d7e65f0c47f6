// End-to-end journey of the staff desk against the reference backend, with its e-mails caught by
// MailDev: a shopper on a 360 px phone files a complaint in the widget; an agent at a 1280 px
// desktop signs in, finds it at the top of the inbox with its reply-by, answers by e-mail and
// resolves it; the shopper sees each step in the widget, gets both e-mails and rates it. The
// desk is also walked at 768 px in Italian. Every page is scanned with axe-core (WCAG 2.2 AA).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { ARTIFACTS, BASE, admin, axeClean, landed, openPage, stillWrite, useChromium } from './browser.mjs';

const MAILBOX = process.env.SPORTELLO_MAILBOX_URL ?? 'http://127.0.0.1:1080/';
const AGENT = process.env.SPORTELLO_DESK_EMAIL ?? 'marta@bottega.example';
const PASSWORD = process.env.SPORTELLO_DESK_PASSWORD ?? 'correct horse battery';
const INGEST_KEY = process.env.SPORTELLO_INGEST_KEY ?? 'demo-ingest';
const chromium = useChromium();

async function ingest(path, body) {
  const response = await fetch(new URL(path, BASE), {
    method: 'PUT',
    headers: { authorization: `Bearer ${INGEST_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.ok(response.ok, `PUT ${path}: ${response.status} ${await response.text()}`);
}

const day = (offset, hour) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString().replace('.000Z', 'Z');
};

/** Signs the agent in at `page` (the sign-in form), in English. */
async function signIn(page) {
  await page.getByLabel('E-mail address').fill(AGENT);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Open complaints' }).waitFor();
}

/** Fails with the WCAG 2.2 AA violations axe-core finds on the whole desk page. */
async function deskAxe(page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), []);
}

/** The page's main heading is in view, in the upper half, after a page load. */
async function headingInView(page, name, step) {
  const heading = page.getByRole('heading', { level: 1, name });
  await heading.waitFor();
  const box = await heading.boundingBox();
  const { height } = page.viewportSize();
  assert.ok(box.y >= 0 && box.y + box.height <= height / 2, `${step}: heading at ${box.y} of ${height}`);
  await page.screenshot({ path: `${ARTIFACTS}desk-${step}.png`, fullPage: true });
}

async function mailsTo(to) {
  const all = await fetch(new URL('email', MAILBOX)).then((r) => r.json());
  return all.filter((m) => m.to.some((t) => t.address === to));
}

async function mailWithSubject(to, subject) {
  const started = Date.now();
  for (;;) {
    const found = (await mailsTo(to)).find((m) => m.subject === subject);
    if (found) return found;
    assert.ok(Date.now() - started < 15000, `no e-mail "${subject}" to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('a complaint goes from the widget to the desk and back: answered by e-mail, resolved, rated', async () => {
  const email = 'desk.journey@example.com';
  const shopper = await openPage(chromium(), BASE, {
    locale: 'en-GB', timezoneId: 'Europe/Rome', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true,
  });
  const { widget } = shopper;
  await widget.getByRole('button', { name: 'Something wrong? Write to us' }).tap();
  await widget.getByRole('button', { name: 'I was treated rudely or unhelpfully' }).tap();
  await stillWrite(widget);
  await widget.getByLabel('What happened?').fill('Nobody answered my two e-mails about a gift card.');
  await widget.getByLabel('Just an explanation').check();
  await widget.getByLabel('Your e-mail address').fill(email);
  await widget.getByLabel('I agree that the shop uses these details to handle my complaint.').check();
  await widget.getByRole('button', { name: 'Continue' }).tap();
  await widget.getByRole('button', { name: 'Send my complaint' }).tap();
  await widget.getByRole('heading', { name: "We've received your complaint" }).waitFor();
  const reference = (await widget.locator('.sportello-reference').innerText()).trim();

  // The agent, at a desktop, in English: the desk asks to sign in first.
  const desk = await openPage(chromium(), new URL('desk/', BASE).href, {
    locale: 'en-GB', timezoneId: 'Europe/Rome', viewport: { width: 1280, height: 800 },
  });
  const agent = desk.page;
  await headingInView(agent, 'Sign in to the desk', 'sign-in-1280');
  await deskAxe(agent);
  await agent.getByLabel('E-mail address').fill(AGENT);
  await agent.getByLabel('Password').fill(PASSWORD);
  await agent.keyboard.press('Enter');
  await headingInView(agent, 'Open complaints', 'inbox-1280');
  // In the inbox, narrowed to its topic, with its reply-by.
  await agent.getByLabel('Topic').selectOption('poor_service');
  await agent.getByRole('button', { name: 'Show' }).click();
  await headingInView(agent, 'Open complaints', 'inbox-topic-1280');
  const first = agent.getByRole('row').filter({ has: agent.getByRole('link', { name: reference }) });
  await first.waitFor();
  assert.match(await first.innerText(), /\d\d:\d\d/);
  assert.match(await first.innerText(), /Poor service/);
  await deskAxe(agent);

  await first.getByRole('link', { name: reference }).click();
  await headingInView(agent, `Complaint ${reference}`, 'complaint-1280');
  assert.match(await agent.locator('main').innerText(), /Nobody answered my two e-mails about a gift card\./);
  await deskAxe(agent);
  await agent.getByLabel('Your answer').fill('We are sorry: your gift card is reissued today.');
  assert.equal(await agent.getByLabel('On which channel').inputValue(), 'email');
  await agent.getByRole('button', { name: 'Record the answer' }).click();
  await agent.getByRole('status').filter({ hasText: 'Answer recorded and sent to the customer by e-mail.' }).waitFor();
  await headingInView(agent, `Complaint ${reference}`, 'answered-1280');
  const answer = await mailWithSubject(email, `A reply about your complaint ${reference}`);
  assert.match(answer.text, /We are sorry: your gift card is reissued today\./);

  // The shopper sees the answer in the widget.
  await widget.getByRole('button', { name: 'Follow this complaint' }).tap();
  await widget.getByRole('heading', { name: `Complaint ${reference}` }).waitFor();
  await widget.getByRole('button', { name: 'Check for updates' }).tap();
  await widget.getByText(/customer service by e-mail/).first().waitFor();
  assert.match(await widget.innerText(), /your gift card is reissued today/);

  // Resolved with its outcome: it leaves the inbox, and the customer is asked to rate it.
  await agent.getByLabel('Outcome').selectOption('explanation');
  await agent.getByLabel('What you did, in your words to the customer').fill('The new gift card is in your inbox.');
  await agent.getByRole('button', { name: 'Resolve the complaint' }).click();
  await agent.getByRole('status').filter({ hasText: 'Complaint resolved' }).waitFor();
  await agent.getByRole('link', { name: 'Complaints', exact: true }).click();
  await headingInView(agent, 'Open complaints', 'inbox-after-1280');
  assert.equal(await agent.getByRole('link', { name: reference }).count(), 0);
  const resolved = await mailWithSubject(email, `Your complaint ${reference} is resolved`);
  assert.match(resolved.text, /rate it from 1 to 5/);

  await widget.getByRole('button', { name: 'Check for updates' }).tap();
  await widget.getByText(/This complaint is closed/).waitFor();
  await widget.getByLabel('5 – Very satisfied').check();
  await widget.getByRole('button', { name: 'Send rating' }).tap();
  await widget.locator('.sportello-notice', { hasText: 'You rated this 5 out of 5. Thank you.' }).waitFor();
  await axeClean(shopper.page);

  // The dashboard counts the rating.
  await agent.getByRole('link', { name: 'Figures' }).click();
  await headingInView(agent, 'How we are doing', 'dashboard-1280');
  const satisfaction = agent.getByRole('region', { name: 'Satisfaction' });
  assert.match(await satisfaction.innerText(), /out of 5 on average/);
  assert.match(await satisfaction.innerText(), /5 – Very satisfied\s+[1-9]/);
  await deskAxe(agent);

  // Signing out ends the desk: the inbox asks to sign in again.
  await agent.getByRole('button', { name: 'Sign out' }).click();
  await headingInView(agent, 'Sign in to the desk', 'signed-out-1280');
  await agent.goto(new URL('desk/', BASE).href);
  await agent.getByRole('heading', { name: 'Sign in to the desk' }).waitFor();
  await desk.context.close();
  await shopper.context.close();
});

test('the desk in Italian at 768 px: signed in by keyboard alone, no sideways scrolling', async () => {
  const { context, page } = await openPage(chromium(), new URL('desk/', BASE).href, {
    locale: 'it-IT', timezoneId: 'Europe/Rome', viewport: { width: 768, height: 1024 },
  });
  await headingInView(page, 'Entra nella scrivania', 'sign-in-768-it');
  // Tab to the first field, type, tab, type, Enter.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'email');
  await page.keyboard.type(AGENT);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await headingInView(page, 'Reclami aperti', 'inbox-768-it');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the desk scrolls sideways by ${overflow} px at 768 px`);
  await deskAxe(page);
  // The office hours, edited by keyboard: Saturday afternoon added, then saved.
  await page.getByRole('link', { name: 'Orari' }).click();
  await headingInView(page, "Orari d'ufficio e chiusure", 'hours-768-it');
  await deskAxe(page);
  const afternoon = page.getByLabel('Sabato: Riapre');
  await afternoon.focus();
  await page.keyboard.type('1500');
  await page.getByLabel('Sabato: Richiude').focus();
  await page.keyboard.type('1800');
  await page.getByRole('button', { name: 'Salva gli orari' }).click();
  await page.getByRole('status').filter({ hasText: 'Orari salvati' }).waitFor();
  await headingInView(page, "Orari d'ufficio e chiusure", 'hours-saved-768-it');
  const config = await fetch(new URL('v1/config', BASE)).then((r) => r.json());
  assert.ok(
    config.support.office_hours.some((h) => h.days.includes('saturday') && h.opens === '15:00' && h.closes === '18:00'),
    JSON.stringify(config.support.office_hours),
  );
  // The help answers of a topic, in Italian, as the widget shows them.
  await page.getByRole('link', { name: "Risposte d'aiuto" }).click();
  await headingInView(page, "Risposte d'aiuto", 'help-768-it');
  await page.getByRole('heading', { level: 2, name: /in italiano/ }).waitFor();
  assert.notEqual(await page.getByLabel('La domanda, come la farebbe un cliente').count(), 0);
  await deskAxe(page);
  await context.close();
});

test('three parcels the detector found silent are explained at once, and each shopper reads it', async () => {
  // Three orders of one carrier, whose last scan was six days ago.
  const orders = ['SP-3101', 'SP-3102', 'SP-3103'];
  for (const [i, number] of orders.entries()) {
    await ingest(`/ingest/v1/orders/${number}`, {
      email: `silent.${i}@example.com`,
      postcode: '40121',
      placed_at: day(-8, 9),
      status: 'in_transit',
      currency: 'EUR',
      items: [{ name: 'Tazza in ceramica', quantity: 1, unit_price: 1800 }],
      promised_delivery: { from: day(1, 8), to: day(3, 20) },
      shipments: [{
        id: 'A', carrier: 'Corriere Lento', status: 'in_transit', tracking_number: `CL${i}`,
        events: [{ at: day(-6, 7), location: 'Bologna', description: 'In transito', status: 'in_transit' }],
      }],
    });
  }
  const { flagged } = await admin('POST', '/admin/detector/run');
  assert.ok(flagged >= 3, `flagged ${flagged}`);

  const desk = await openPage(chromium(), new URL('desk/delays', BASE).href, {
    locale: 'en-GB', timezoneId: 'Europe/Rome', viewport: { width: 1280, height: 800 },
  });
  const agent = desk.page;
  await headingInView(agent, 'Sign in to the desk', 'delays-sign-in-1280');
  await signIn(agent);
  await agent.getByRole('link', { name: 'Delays' }).click();
  await headingInView(agent, 'Delays nobody has explained yet', 'delays-1280');
  await deskAxe(agent);
  // One carrier: its three parcels, all ticked.
  await agent.getByLabel('Carrier').selectOption('Corriere Lento');
  await agent.getByRole('button', { name: 'Show' }).click();
  await headingInView(agent, 'Delays nobody has explained yet', 'delays-carrier-1280');
  for (const number of orders) {
    assert.equal(await agent.getByRole('checkbox', { name: `Explain order ${number} (Corriere Lento)` }).isChecked(), true);
  }
  assert.equal(await agent.getByRole('checkbox').count(), 3);
  await agent.getByLabel('Reason').selectOption('carrier_capacity');
  await agent.getByLabel('What happened, in your words').fill('Il deposito di Bologna di Corriere Lento è rimasto fermo tre giorni.');
  await agent.getByLabel('What you are doing about it').fill('Abbiamo chiesto la consegna in priorità.');
  await agent.getByLabel('Voucher code').fill('SCUSA5');
  await agent.getByLabel("Amount off, in the order's currency").fill('5');
  await agent.getByRole('button', { name: 'Explain to the customers' }).click();
  await agent.getByRole('status').filter({ hasText: '3 parcels explained' }).waitFor();
  await headingInView(agent, 'Delays nobody has explained yet', 'delays-explained-1280');
  assert.equal(await agent.getByRole('checkbox', { name: /Corriere Lento/ }).count(), 0);
  await deskAxe(agent);
  await desk.context.close();

  // Each shopper, on a phone in Italian, reads the shop's words and the voucher.
  for (const [i, number] of orders.entries()) {
    const { context, page, widget } = await openPage(chromium(), BASE, {
      locale: 'it-IT', timezoneId: 'Europe/Rome', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true,
    });
    await widget.getByLabel("Numero d'ordine").fill(number);
    await widget.getByLabel('Indirizzo e-mail').fill(`silent.${i}@example.com`);
    await widget.getByRole('button', { name: 'Trova il mio ordine' }).tap();
    await landed(page, widget.getByRole('heading', { name: `Ordine ${number}` }), `delays-explained-${number}-it-360`);
    const banner = widget.getByRole('region', { name: 'Il tuo pacco è in ritardo' });
    await banner.waitFor();
    assert.match(await banner.innerText(), /Il deposito di Bologna di Corriere Lento è rimasto fermo tre giorni\./);
    assert.match(await widget.innerText(), /SCUSA5/);
    if (i === 0) await axeClean(page);
    await context.close();
  }
});
