// End-to-end journeys of complaints against the reference backend, in the system Chromium on a
// 360 px wide phone screen: deflection by a help answer; the form sent empty; a reload in the
// middle of a complaint with a photo; a double click and a lost answer (exactly one complaint in
// the database); the follow-up with an update the shop logged from a phone call, more
// information with a photo, resolution and a rating sent once; the after-hours notice (backend clock
// moved to a Saturday night); and one complaint filed with the keyboard alone. Every step is
// scanned with axe-core (WCAG 2.2 AA): 0 violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, BASE, admin, axeClean, focusedName, frames, landed, stillWrite, tabTo, useChromium } from './browser.mjs';


const WIDTH = 360;
const DESCRIPTION = 'One of the two cups arrived with a broken handle, the box was dented.';

// The after-hours journey moves the backend's clock: it is put back after this file.
const chromium = useChromium({ cleanup: () => admin('PUT', '/admin/clock', { now: null }) });

async function complaintsOf(email) {
  return (await admin('GET', '/admin/complaints')).filter((c) => c.email === email);
}

/** A 360 px touch phone in English, in Rome; its clock fixed at `clock` when given. */
async function phone({ clock } = {}) {
  const context = await chromium().newContext({
    locale: 'en-GB', timezoneId: 'Europe/Rome', viewport: { width: WIDTH, height: 780 },
    isMobile: true, hasTouch: true,
  });
  if (clock) await context.clock.setFixedTime(clock);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(BASE);
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByRole('button', { name: 'Find my order' }).waitFor();
  return { context, page, widget, problems };
}

/** The widget fits the screen: nothing wider than the viewport. */
async function fits(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at ${WIDTH}px`);
}

/** A photo as a phone hands it over: a 3000×2000 PNG drawn by the browser. */
async function photo(page) {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 3000; canvas.height = 2000;
    const context = canvas.getContext('2d');
    context.fillStyle = '#b45309'; context.fillRect(0, 0, 3000, 1000);
    return canvas.toDataURL('image/png').split(',')[1];
  });
  return { name: 'broken-cup.png', mimeType: 'image/png', buffer: Buffer.from(base64, 'base64') };
}

async function fillForm(widget, email) {
  await widget.getByLabel('What happened?').fill(DESCRIPTION);
  await widget.getByLabel('A replacement').check();
  await widget.getByLabel('Your e-mail address').fill(email);
}

test('a help answer that solves the problem is counted and nothing is filed', async () => {
  const { context, page, widget, problems } = await phone();
  const before = (await admin('GET', '/admin/help/stats')).find((s) => s.topic === 'late_delivery')?.solved ?? 0;
  await widget.getByRole('button', { name: 'Something wrong? Write to us' }).click();
  await widget.getByRole('heading', { name: 'What is it about?' }).waitFor();
  await axeClean(page);
  await widget.getByRole('button', { name: 'My order is late' }).click();
  await widget.getByRole('heading', { name: 'Where is my parcel?' }).waitFor();
  // Asked in English, one of the languages the shop writes, and marked as such.
  assert.equal(await widget.locator('.sportello-help-answer').first().getAttribute('lang'), 'en');
  await axeClean(page);
  await widget.getByRole('button', { name: 'This solved it' }).first().click();
  await widget.getByText("We're glad that helped.").waitFor();
  const after = (await admin('GET', '/admin/help/stats')).find((s) => s.topic === 'late_delivery');
  assert.equal(after.solved, before + 1);
  await fits(page);
  assert.deepEqual(problems, []);
  await context.close();
});

const EMAIL = 'giulia.rossi@example.com';

/** Files a complaint about SP-1001 through the contract, as the widget would (its order token
 * from a lookup), and returns the acknowledgement. */
async function fileAboutSp1001(topic, resolution) {
  const found = await fetch(new URL('v1/orders/lookup', BASE), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ order_number: 'SP-1001', email: EMAIL }),
  }).then((r) => r.json());
  const filed = await fetch(new URL('v1/complaints', BASE), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${found.access.token}`,
      'idempotency-key': crypto.randomUUID(),
    },
    body: JSON.stringify({
      topic, order_id: found.access.order_id, description: DESCRIPTION,
      resolution, email: EMAIL, contact: { channel: 'email', address: EMAIL }, consent: true,
    }),
  });
  assert.equal(filed.status, 201);
  return filed.json();
}

/** Looks up SP-1001 and opens the complaint form about it: "Something arrived damaged". */
async function openForm(widget) {
  await widget.getByLabel('Order number').fill('SP-1001');
  await widget.getByLabel('E-mail address').fill(EMAIL);
  await widget.getByRole('button', { name: 'Find my order' }).click();
  await widget.getByRole('button', { name: 'Report a problem with this order' }).click();
  await widget.getByRole('button', { name: 'Something arrived damaged' }).click();
  await stillWrite(widget);
  await widget.getByRole('heading', { name: 'Tell us what happened' }).waitFor();
}

/** The form about the cup, with a photo, to be called back by phone. */
async function fillWithPhoto(page, widget) {
  await widget.getByRole('checkbox', { name: 'Tazza in ceramica di Deruta' }).check();
  await fillForm(widget, EMAIL);
  await widget.getByLabel('Photos (optional)').setInputFiles(await photo(page));
  await widget.getByRole('button', { name: 'Remove broken-cup.jpg' }).waitFor();
  await widget.getByLabel('Phone call').check();
  await widget.getByLabel('Phone number').fill('+39 333 123 4567');
}

/** Consent, then the check page. */
async function toCheck(widget) {
  await widget.getByLabel('I agree that the shop uses these details to handle my complaint.').check();
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Check your complaint before sending it' }).waitFor();
}

test('a complaint form sent empty names each missing field and takes focus', async () => {
  const { context, page, widget } = await phone();
  await openForm(widget);
  assert.match(await widget.innerText(), /About order SP-1001/);
  await widget.getByRole('button', { name: 'Continue' }).click();
  const summary = widget.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  for (const field of ['Tell us what happened', 'Choose what would make it right for you']) {
    await summary.getByRole('link', { name: field }).waitFor();
  }
  await page.waitForFunction(() => document.querySelector('sportello-widget').shadowRoot.activeElement?.getAttribute('role') === 'alert');
  await axeClean(page);
  await context.close();
});

test('a half-written complaint comes back after a reload, its photo included; consent is asked again', async () => {
  const { context, page, widget } = await phone();
  await openForm(widget);
  await fillWithPhoto(page, widget);
  await fits(page);
  await page.waitForFunction(() => (localStorage.getItem('sportello.complaint-draft:/v1') ?? '').includes('+39 333 123 4567'));
  await page.reload();
  await widget.getByText('We kept what you wrote last time.').waitFor();
  assert.equal(await widget.getByLabel('What happened?').inputValue(), DESCRIPTION);
  assert.equal(await widget.getByLabel('Phone number').inputValue(), '+39 333 123 4567');
  await widget.getByRole('button', { name: 'Remove broken-cup.jpg' }).waitFor();
  assert.equal(await widget.getByLabel('Order number (optional)').inputValue(), 'SP-1001');
  assert.equal(await widget.getByLabel('I agree that the shop uses these details to handle my complaint.').isChecked(), false);
  await toCheck(widget);
  const check = await widget.innerText();
  assert.match(check, /1 photo: broken-cup\.jpg/);
  assert.match(check, /Phone call · \+39 333 123 4567/);
  await axeClean(page);
  await context.close();
});

test('a restored draft stays open while the shop settings arrive late: the cursor and the words stay put', async () => {
  const { context, page, widget, problems } = await phone();
  await openForm(widget);
  await widget.getByLabel('What happened?').fill('The cup');
  await page.waitForFunction(() => (localStorage.getItem('sportello.complaint-draft:/v1') ?? '').includes('The cup'));
  // The shop's settings take a second and a half after the reload (a slow backend); the draft
  // reopens first, and the customer goes on typing meanwhile.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/v1/config', async (route) => { await held; await route.continue(); });
  await page.reload();
  await widget.getByText('We kept what you wrote last time.').waitFor();
  const field = widget.getByLabel('What happened?');
  await field.click();
  await field.press('End');
  await page.keyboard.type(' has a broken handle');
  const arrived = page.waitForResponse('**/v1/config');
  release();
  await arrived;
  await frames(page, 5);
  assert.equal(await field.inputValue(), 'The cup has a broken handle');
  assert.equal(await focusedName(page), 'What happened?', 'the cursor is still in the field');
  assert.deepEqual(problems, [], 'the widget did not stop');
  await context.close();
});

test('an order link that ran out while the complaint was open asks to confirm the order, then files that complaint once', async () => {
  const earlier = new Set((await complaintsOf(EMAIL)).map((c) => c.reference));
  const { context, page, widget, problems } = await phone();
  await openForm(widget);
  await widget.getByRole('checkbox', { name: 'Tazza in ceramica di Deruta' }).check();
  await fillForm(widget, EMAIL);
  await toCheck(widget);
  const keys = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/v1/complaints')) keys.push(r.headers()['idempotency-key']);
  });
  // The tab stayed open for a day: the order's token (24 hours) has run out at the backend.
  await admin('PUT', '/admin/clock', { now: new Date(Date.now() + 25 * 3600 * 1000).toISOString() });
  try {
    await widget.getByRole('button', { name: 'Send my complaint' }).click();
    await landed(page, widget.getByRole('heading', { name: 'Please confirm your order again' }), 'complaint-reconfirm-360');
    const email = widget.getByLabel('E-mail address', { exact: true });
    assert.equal(await email.inputValue(), EMAIL, 'the e-mail address of the form is filled in');
    assert.equal(await widget.getByRole('button', { name: 'Send my complaint' }).count(), 0, 'no Send that would fail again');
    assert.doesNotMatch(await widget.innerText(), /went wrong/);
    await axeClean(page);

    // A wrong address is said so, and what was typed stays.
    await email.fill('someone.else@example.com');
    await widget.getByRole('button', { name: 'Confirm and send' }).click();
    await widget.getByRole('alert').filter({ hasText: "We couldn't find an order" }).waitFor();
    assert.equal(await email.inputValue(), 'someone.else@example.com');

    await email.fill(EMAIL);
    await widget.getByRole('button', { name: 'Confirm and send' }).click();
    await landed(page, widget.getByRole('heading', { name: "We've received your complaint" }), 'complaint-reconfirmed-done-360');
  } finally {
    await admin('PUT', '/admin/clock', { now: null });
  }
  assert.equal(keys.length, 2, 'the refused attempt and the one after confirming');
  assert.equal(keys[0], keys[1], 'the same complaint, the same Idempotency-Key');
  const filed = (await complaintsOf(EMAIL)).filter((c) => !earlier.has(c.reference));
  assert.equal(filed.length, 1, 'exactly one complaint in the database');
  assert.equal(filed[0].order_number, 'SP-1001', 'still about the order');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the order\'s state puts its topic first, marked as suggested: a refund late at the bank', async () => {
  const { context, page, widget, problems } = await phone();
  await widget.getByLabel('Order number').fill('SP-1004');
  await widget.getByLabel('E-mail address').fill('luca.ferrari@example.com');
  await widget.getByRole('button', { name: 'Find my order' }).click();
  await widget.getByRole('button', { name: 'Report a problem with this order' }).click();
  const title = widget.getByRole('heading', { name: 'What is it about?' });
  await landed(page, title, 'complaint-topic-suggested-360');
  const first = widget.getByRole('list', { name: 'What is it about?' }).getByRole('button').first();
  assert.equal((await first.innerText()).trim(), "I haven't received my refund");
  const description = await first.evaluate((b) => b.getRootNode().getElementById(b.getAttribute('aria-describedby'))?.textContent);
  assert.equal(description, 'Suggested for this order');
  assert.equal(await widget.getByRole('list', { name: 'What is it about?' }).getByRole('button').count(), 8, 'every topic is still there');
  await axeClean(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a lost answer and a double click on Send still file exactly one complaint, with its reference', async () => {
  const started = Date.now();
  const earlier = (await complaintsOf(EMAIL)).length;
  const { context, page, widget, problems } = await phone();
  await openForm(widget);
  await fillWithPhoto(page, widget);
  await toCheck(widget);

  // The first answer is lost on the way back (the complaint reached the shop); the widget
  // retries with the same Idempotency-Key and the backend replays its answer.
  let attempts = 0;
  const keys = new Set();
  await page.route('**/v1/complaints', async (route) => {
    attempts += 1;
    keys.add(route.request().headers()['idempotency-key']);
    if (attempts === 1) {
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await widget.getByRole('button', { name: 'Send my complaint' }).dblclick();
  await widget.getByRole('heading', { name: "We've received your complaint" }).waitFor();
  const reference = (await widget.locator('.sportello-reference').innerText()).trim();
  assert.match(reference, /^RC-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  assert.ok(attempts >= 2, `the lost answer was retried (${attempts} attempts)`);
  assert.equal(keys.size, 1, 'every attempt carried the same Idempotency-Key');
  await axeClean(page);
  await fits(page);

  const mine = await complaintsOf(EMAIL);
  assert.equal(mine.length, earlier + 1, 'exactly one complaint in the database');
  const filed = mine.find((c) => c.reference === reference);
  assert.equal(filed.photos, 1);
  assert.equal(filed.order_number, 'SP-1001');
  assert.equal(await page.evaluate(() => localStorage.getItem('sportello.complaint-draft:/v1')), null);
  console.log(`  filed ${reference} in ${((Date.now() - started) / 1000).toFixed(1)} s of automated time`);
  assert.deepEqual(problems.filter((p) => !/net::ERR_CONNECTION_RESET|Failed to fetch/.test(p)), []);
  await context.close();
});

test("the shop's phone call shows in the follow-up, and the customer's message with a photo reaches it", async () => {
  const { context, page, widget } = await phone();
  await openForm(widget);
  await fillForm(widget, EMAIL);
  await toCheck(widget);
  await widget.getByRole('button', { name: 'Send my complaint' }).click();
  await widget.getByRole('heading', { name: "We've received your complaint" }).waitFor();
  const reference = (await widget.locator('.sportello-reference').innerText()).trim();

  await admin('POST', `/admin/complaints/${reference}/updates`, {
    channel: 'phone', author_name: 'Marta', text: 'We called you: a new cup leaves the workshop tomorrow.',
  });
  await widget.getByRole('button', { name: 'Follow this complaint' }).click();
  await widget.getByRole('heading', { name: `Complaint ${reference}` }).waitFor();
  await widget.getByRole('button', { name: 'Check for updates' }).click();
  await widget.getByText('Marta, customer service by phone').waitFor();
  assert.match(await widget.innerText(), /a new cup leaves the workshop tomorrow/);
  await axeClean(page);

  await widget.getByLabel('Your message').fill('The saucer is chipped too, photo attached.');
  await widget.getByLabel('Photos (optional)').setInputFiles(await photo(page));
  await widget.getByRole('button', { name: 'Remove broken-cup.jpg' }).waitFor();
  await widget.getByRole('button', { name: 'Send message' }).click();
  await widget.getByText('Message sent.').first().waitFor();
  assert.equal((await complaintsOf(EMAIL)).find((c) => c.reference === reference).photos, 1);
  await context.close();
});

test('a resolved complaint is opened by reference and e-mail and rated once', async () => {
  const email = 'rating.journey@example.com';
  const { context, page, widget } = await phone();
  // Filed without an order, straight from the lookup screen.
  await widget.getByRole('button', { name: 'Something wrong? Write to us' }).click();
  await widget.getByRole('button', { name: 'I was treated rudely or unhelpfully' }).click();
  await stillWrite(widget);
  await widget.getByLabel('What happened?').fill('Nobody answered my three e-mails about a gift card.');
  await widget.getByLabel('Just an explanation').check();
  await widget.getByLabel('Your e-mail address').fill(email);
  await widget.getByLabel('I agree that the shop uses these details to handle my complaint.').check();
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('button', { name: 'Send my complaint' }).click();
  const reference = (await widget.locator('.sportello-reference').innerText()).trim();
  await admin('POST', `/admin/complaints/${reference}/resolve`, {
    channel: 'email', author_name: 'Luca', text: 'We are sorry: your gift card is reissued, see your inbox.',
  });

  await page.reload();
  await widget.getByRole('button', { name: 'Follow a complaint' }).click();
  await widget.getByRole('heading', { name: 'Follow your complaint' }).waitFor();
  await axeClean(page);
  await widget.getByLabel('Complaint reference').fill(reference.toLowerCase());
  await widget.getByLabel('Your e-mail address').fill('someone.else@example.com');
  await widget.getByRole('button', { name: 'Show my complaint' }).click();
  await widget.getByText("We couldn't find a complaint with that reference and e-mail address.").waitFor();
  await widget.getByLabel('Your e-mail address').fill(email);
  await widget.getByRole('button', { name: 'Show my complaint' }).click();
  await widget.getByRole('heading', { name: `Complaint ${reference}` }).waitFor();
  const text = await widget.innerText();
  assert.match(text, /Resolved/);
  assert.match(text, /Luca, customer service by e-mail/);
  assert.match(text, /This complaint is closed/);
  await axeClean(page);

  await widget.getByLabel('5 – Very satisfied').check();
  await widget.getByLabel("Anything you'd like to add? (optional)").fill('Kind and quick in the end.');
  await widget.getByRole('button', { name: 'Send rating' }).click();
  await widget.locator('.sportello-notice', { hasText: 'You rated this 5 out of 5. Thank you.' }).waitFor();
  assert.equal(await widget.getByRole('button', { name: 'Send rating' }).count(), 0);
  const stored = (await complaintsOf(email)).find((c) => c.reference === reference);
  assert.deepEqual(stored.rating, { score: 5, comment: 'Kind and quick in the end.' });
  await fits(page);
  await context.close();
});

test('after hours the acknowledgement leads with when the team is back, in words, and repeats the contact', async () => {
  // Sunday 29 November 2026, 22:00 in Rome, for the shop and the phone: closed until Monday 9:00.
  const now = '2026-11-29T21:00:00Z';
  await admin('PUT', '/admin/clock', { now });
  try {
    const { context, page, widget } = await phone({ clock: new Date(now) });
    await widget.getByRole('button', { name: 'Something wrong? Write to us' }).click();
    // The shop has no help answers for "Something else": straight to the form.
    await widget.getByRole('button', { name: 'Something else' }).click();
    await fillForm(widget, 'after.hours@example.com');
    await widget.getByLabel('I agree that the shop uses these details to handle my complaint.').check();
    await widget.getByRole('button', { name: 'Continue' }).click();
    await widget.getByRole('button', { name: 'Send my complaint' }).click();
    await widget.getByRole('heading', { name: "We've received your complaint" }).waitFor();
    const text = await widget.innerText();
    const away = text.search(/Our team is away right now\. We're back tomorrow, Monday,? (30 November|November 30) at (09:00|9:00 AM)/);
    assert.ok(away > 0, text);
    const usually = text.search(/We usually reply within 3 hours, counting office hours only\./);
    assert.ok(away < usually, 'the after-hours message comes first');
    // A date in words, the weekday first, then the time: one style for every moment.
    assert.match(text, /You'll hear from us by (Monday|Tuesday),? [^.]+ at [0-9:]+( [AP]M)? at the latest\./);
    assert.match(text, /Reply by: E-mail · a•••@example\.com/);
    await page.screenshot({ path: `${ARTIFACTS}complaint-done-after-hours-360.png`, fullPage: true });
    await axeClean(page);
    await context.close();
  } finally {
    await admin('PUT', '/admin/clock', { now: null });
  }
});

test('a complaint can be filed with the keyboard alone', async () => {
  const email = 'keyboard.only@example.com';
  const { context, page, widget } = await phone();
  await tabTo(page, 'Something wrong? Write to us');
  await page.keyboard.press('Enter');
  await widget.getByRole('heading', { name: 'What is it about?' }).waitFor();
  await tabTo(page, 'Something is missing');
  await page.keyboard.press('Enter');
  await widget.getByRole('button', { name: 'I still want to write to you' }).waitFor();
  await tabTo(page, 'I still want to write to you');
  await page.keyboard.press('Enter');
  await widget.getByRole('heading', { name: 'Tell us what happened' }).waitFor();
  await tabTo(page, 'What happened?');
  await page.keyboard.type('The coffee in the parcel was missing, the rest was there.');
  await tabTo(page, 'A refund');
  await page.keyboard.press('Space');
  await tabTo(page, 'Your e-mail address');
  await page.keyboard.type(email);
  await tabTo(page, 'I agree that the shop uses these details to handle my complaint.');
  await page.keyboard.press('Space');
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');
  await widget.getByRole('heading', { name: 'Check your complaint before sending it' }).waitFor();
  await tabTo(page, 'Send my complaint');
  await page.keyboard.press('Enter');
  await widget.getByRole('heading', { name: "We've received your complaint" }).waitFor();
  const reference = (await widget.locator('.sportello-reference').innerText()).trim();
  const filed = (await complaintsOf(email)).find((c) => c.reference === reference);
  assert.equal(filed.status, 'received');
  await axeClean(page);
  await context.close();
});

test('a complaint sent offline waits on the phone and goes by itself when the connection returns, also after the page was closed', async () => {
  const { context, page, widget } = await phone();
  const fillAndCheck = async (w, email) => {
    await w.getByRole('button', { name: 'Something wrong? Write to us' }).click();
    await w.getByRole('button', { name: 'Something else' }).click();
    await fillForm(w, email);
    await w.getByLabel('I agree that the shop uses these details to handle my complaint.').check();
    await w.getByRole('button', { name: 'Continue' }).click();
    await w.getByRole('heading', { name: 'Check your complaint before sending it' }).waitFor();
  };
  const queued = "You're offline. Your complaint is saved on this device";

  // Offline, then back online on the same page.
  await fillAndCheck(widget, 'offline.same-page@example.com');
  await context.setOffline(true);
  await widget.getByRole('button', { name: 'Send my complaint' }).click();
  await widget.locator('.sportello-notice', { hasText: queued }).waitFor();
  await axeClean(page);
  assert.equal((await complaintsOf('offline.same-page@example.com')).length, 0);
  await context.setOffline(false);
  await widget.getByRole('heading', { name: "We've received your complaint" }).waitFor();
  assert.equal((await complaintsOf('offline.same-page@example.com')).length, 1);

  // Offline, the page closed, the connection back later: the next visit sends it.
  await page.reload();
  await fillAndCheck(widget, 'offline.closed@example.com');
  await context.setOffline(true);
  await widget.getByRole('button', { name: 'Send my complaint' }).click();
  await widget.locator('.sportello-notice', { hasText: queued }).waitFor();
  await page.close();
  await context.setOffline(false);
  const later = await context.newPage();
  await later.goto(BASE);
  await later.locator('sportello-widget .sportello-host').getByRole('heading', { name: "We've received your complaint" }).waitFor();
  assert.equal((await complaintsOf('offline.closed@example.com')).length, 1);
  await context.close();
});

test('no promotion while the customer has an open complaint about the order; it returns once resolved', async () => {
  // SP-1001 on time again (an earlier file made it late), with a complaint about it still open.
  await admin('PUT', '/admin/orders/SP-1001/delay', { shipment_id: 'P1', delay: null });
  await fileAboutSp1001('late_delivery', 'explanation');

  const { context, page, widget } = await phone();
  await widget.getByLabel('Order number').fill('SP-1001');
  await widget.getByLabel('E-mail address').fill(EMAIL);
  await widget.getByRole('button', { name: 'Find my order' }).tap();
  await widget.getByRole('heading', { name: 'Your complaints about this order', level: 3 }).waitFor();
  assert.equal(await widget.getByText('Spedizione gratuita').count(), 0, 'a promotion sits beside an open complaint');
  await page.screenshot({ path: `${ARTIFACTS}/complaints-no-promotion.png`, fullPage: true });

  // The shop resolves every open complaint about the order: the promotion may show again.
  for (const complaint of await admin('GET', '/admin/complaints')) {
    if (complaint.order_number === 'SP-1001' && !['resolved', 'closed'].includes(complaint.status)) {
      await admin('POST', `/admin/complaints/${complaint.reference}/resolve`, { text: 'Sorted: a new cup is on its way.' });
    }
  }
  await widget.getByRole('button', { name: 'Look up another order' }).tap();
  await widget.getByRole('button', { name: 'Find my order' }).tap();
  await widget.getByText('Spedizione gratuita').waitFor();
  await context.close();
});

test('a resolved complaint offers to write again, about the same order, and says no reply-by once answered', async () => {
  // A complaint about SP-1001, answered and resolved by the shop.
  const filed = await fileAboutSp1001('wrong_item', 'replacement');
  await admin('POST', `/admin/complaints/${filed.reference}/resolve`, { text: 'Sorted: the right cup is on its way.' });

  const { context, page, widget, problems } = await phone();
  await widget.getByLabel('Order number').fill('SP-1001');
  await widget.getByLabel('E-mail address').fill(EMAIL);
  await widget.getByRole('button', { name: 'Find my order' }).tap();
  await widget.getByRole('button', { name: filed.reference }).tap();
  await landed(page, widget.getByRole('heading', { name: `Complaint ${filed.reference}` }), 'follow-resolved-360');
  const text = await widget.innerText();
  assert.match(text, /Resolved/);
  assert.doesNotMatch(text, /We usually reply within|You'll hear from us by/);
  await widget.getByRole('button', { name: 'Write to us again' }).tap();
  await landed(page, widget.getByRole('heading', { name: 'What is it about?' }), 'write-again-topics-360');
  await widget.getByRole('button', { name: 'Something else' }).tap();
  await widget.getByRole('heading', { name: 'Tell us what happened' }).waitFor();
  assert.match(await widget.innerText(), /About order SP-1001/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a topic the shop has no answers for goes straight to the form, landing on it', async () => {
  const { context, page, widget } = await phone();
  await widget.getByRole('button', { name: 'Something wrong? Write to us' }).tap();
  await widget.getByRole('button', { name: 'Something else' }).tap();
  const form = widget.getByRole('heading', { name: 'Tell us what happened', level: 2 });
  await form.waitFor();
  await page.waitForFunction((el) => el.getRootNode().activeElement === el, await form.elementHandle());
  assert.equal(await widget.getByRole('heading', { name: 'This may solve it right away' }).count(), 0);
  await context.close();
});
