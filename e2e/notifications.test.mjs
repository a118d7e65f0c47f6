// End-to-end journeys of the e-mails the shop sends, against the reference backend and a real
// mail catcher (MailDev, from npm, which `cargo xtask test` starts and the backend sends to over
// SMTP): a shopper on a 360×740 phone in Italian asks to be told by e-mail, the shop posts a
// delay, the e-mail arrives in Italian with the shop's words, the voucher and a link to the
// order, and its one-click unsubscribe works in a browser without JavaScript; on a desktop in
// English a complaint filed in the widget is confirmed by e-mail with its reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, BASE, admin, axeClean, landed, openPage, stillWrite, useChromium } from './browser.mjs';

const MAILBOX = process.env.SPORTELLO_MAILBOX_URL ?? 'http://127.0.0.1:1080/';
const chromium = useChromium();

/** The e-mails the catcher holds for `to`, oldest first. */
async function mailsTo(to) {
  const all = await fetch(new URL('email', MAILBOX)).then((r) => r.json());
  return all.filter((m) => m.to.some((t) => t.address === to));
}

/** Waits until `count` e-mails have reached `to`; the last one, and how long it took. */
async function arrived(to, count, since = Date.now()) {
  for (;;) {
    const mails = await mailsTo(to);
    if (mails.length >= count) return { mail: mails[count - 1], ms: Date.now() - since };
    assert.ok(Date.now() - since < 15000, `no e-mail number ${count} to ${to} after 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A 360×740 touch phone in Italian, in Rome, on `url`. */
function phone(url = BASE, options = {}) {
  return openPage(chromium(), url, {
    locale: 'it-IT', timezoneId: 'Europe/Rome', viewport: { width: 360, height: 740 },
    isMobile: true, hasTouch: true, ...options,
  });
}

test('asked for e-mails on a phone, the shopper gets the delay in Italian and stops them in one tap', async () => {
  const to = 'martina.fontana@example.com';
  const { context, page, widget, problems } = await phone();
  await widget.getByLabel("Numero d'ordine").fill('SP-1013');
  await widget.getByLabel('Indirizzo e-mail').fill(to);
  await widget.getByRole('button', { name: 'Trova il mio ordine' }).tap();
  const optIn = widget.getByRole('region', { name: 'Avvisami se cambia qualcosa' });
  await optIn.waitFor();
  await optIn.getByLabel(/^E-mail/).check();
  await optIn.getByLabel(/Acconsento a essere contattato/).check();
  await optIn.getByRole('button', { name: 'Avvisami' }).tap();
  const done = optIn.getByText('Fatto: ti scriveremo per e-mail se cambia qualcosa.');
  await done.waitFor();
  await page.waitForFunction((el) => el.getRootNode().activeElement === el, await done.elementHandle());
  const box = await done.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 740, `the confirmation at ${box.y} of 740`);
  await axeClean(page);
  assert.deepEqual(problems, []);
  await context.close();

  // The shop posts a delay, its words with markup that must stay text, and a voucher.
  const posted = Date.now();
  await admin('PUT', '/admin/orders/SP-1013/delay', {
    delay: {
      reason: 'payment_review', side: 'bank',
      message: 'La banca ci ha chiesto una verifica <b>di routine</b> del pagamento.',
      action: 'Spediamo appena la banca conferma: di solito in un giorno lavorativo.',
      goodwill: { code: 'PAZIENZA5', percent: 5 },
    },
  });
  const { mail, ms } = await arrived(to, 1, posted);
  console.log(`  the delay's e-mail reached the mail catcher ${ms} ms after the shop posted it`);
  assert.equal(mail.subject, 'Il tuo ordine SP-1013 è in ritardo: ci dispiace');
  assert.match(mail.text, /Il tuo ordine è in ritardo/);
  assert.match(mail.text, /controllo di sicurezza di routine prima della spedizione/);
  assert.match(mail.text, /La banca ci ha chiesto una verifica <b>di routine<\/b> del pagamento\./);
  assert.match(mail.text, /Spediamo appena la banca conferma/);
  assert.match(mail.text, /5% di sconto sul prossimo ordine/);
  assert.match(mail.text, /PAZIENZA5/);
  assert.match(mail.html, /verifica &lt;b&gt;di routine&lt;/);
  assert.doesNotMatch(mail.html, /<b>di routine/);
  assert.equal(mail.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
  const unsubscribe = mail.headers['list-unsubscribe'].replace(/^<|>$/g, '');
  assert.match(unsubscribe, /\/notifications\/unsubscribe\/[0-9a-f]{32}$/);
  assert.doesNotMatch(mail.text, /martina|token/i, 'nothing personal in a link');

  // The e-mail as the phone shows it; its button opens the order with its number filled in.
  const inbox = await phone(new URL(`email/${mail.id}/html`, MAILBOX).href);
  await inbox.page.screenshot({ path: `${ARTIFACTS}e-mail-delay-it-360.png`, fullPage: true });
  const open = inbox.page.getByRole('link', { name: 'Apri il tuo ordine SP-1013' });
  const orderUrl = await open.getAttribute('href');
  assert.equal(orderUrl, new URL('widget/#sportello-order=SP-1013', BASE).href);
  await inbox.context.close();
  const order = await phone(orderUrl);
  const number = order.widget.getByLabel("Numero d'ordine");
  await number.waitFor();
  await order.page.waitForFunction(() => document.querySelector('sportello-widget')?.shadowRoot?.querySelector('input[name=order_number]')?.value === 'SP-1013');
  assert.equal(await order.widget.getByLabel('Indirizzo e-mail').inputValue(), '');
  await order.context.close();

  // The footer's link, in a browser without JavaScript: a question, one button, done.
  const plain = await phone(unsubscribe, { javaScriptEnabled: false });
  const title = plain.page.getByRole('heading', { name: "Avvisi sull'ordine SP-1013" });
  await title.waitFor();
  await plain.page.getByText('Vuoi smettere di ricevere avvisi su questo ordine?').waitFor();
  await plain.page.screenshot({ path: `${ARTIFACTS}unsubscribe-ask-360.png` });
  await plain.page.getByRole('button', { name: 'Non avvisarmi più' }).tap();
  const stopped = plain.page.getByText('Fatto: non ti scriveremo più su questo ordine.');
  await stopped.waitFor();
  const where = await plain.page.getByRole('heading', { level: 1 }).boundingBox();
  assert.ok(where.y >= 0 && where.y + where.height <= 740, `the heading at ${where.y} of 740`);
  await plain.page.screenshot({ path: `${ARTIFACTS}unsubscribe-done-360.png` });
  await plain.context.close();

  // Another delay reaches no one now.
  await admin('PUT', '/admin/orders/SP-1013/delay', {
    delay: { reason: 'payment_review', side: 'bank', message: 'La verifica continua.' },
  });
  const outbox = await admin('GET', '/admin/outbox');
  assert.equal(outbox.filter((m) => m.order_number === 'SP-1013').length, 1);
  assert.equal((await mailsTo(to)).length, 1);
});

test('a complaint filed on a desktop is confirmed by e-mail with its reference', async () => {
  const to = 'elena.conti.reclami@example.com';
  const { context, page, widget, problems } = await openPage(chromium(), BASE, {
    locale: 'en-GB', timezoneId: 'Europe/Rome', viewport: { width: 1280, height: 800 },
  });
  await widget.getByLabel('Order number').fill('SP-1001');
  await widget.getByLabel('E-mail address').fill('giulia.rossi@example.com');
  await widget.getByRole('button', { name: 'Find my order' }).click();
  await widget.getByRole('button', { name: 'Report a problem with this order' }).click();
  await widget.getByRole('button', { name: 'Something arrived damaged' }).click();
  await stillWrite(widget);
  await landed(page, widget.getByRole('heading', { name: 'Tell us what happened' }), 'complaint-form-1280');
  await widget.getByRole('checkbox', { name: 'Tazza in ceramica di Deruta' }).check();
  await widget.getByLabel('What happened?').fill('The cup arrived with its handle broken off.');
  await widget.getByLabel('A replacement').check();
  await widget.getByLabel('Your e-mail address').fill(to);
  await widget.getByLabel('I agree that the shop uses these details to handle my complaint.').check();
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Check your complaint before sending it' }).waitFor();
  const sent = Date.now();
  await widget.getByRole('button', { name: 'Send my complaint' }).click();
  await landed(page, widget.getByRole('heading', { name: "We've received your complaint" }), 'complaint-received-1280');
  const reference = (await widget.locator('.sportello-reference').innerText()).trim();
  // What the form promised: the confirmation, here.
  const { mail, ms } = await arrived(to, 1, sent);
  console.log(`  the confirmation of ${reference} reached the mail catcher ${ms} ms after Send`);
  assert.equal(mail.subject, `We've received your complaint ${reference}`);
  assert.match(mail.text, new RegExp(`Your reference: ${reference}`));
  assert.match(mail.text, /We'll reply by \w+day \d+ \w+ at \d\d:\d\d at the latest\./);
  assert.match(mail.text, /\/widget\/\n/);
  await axeClean(page);
  assert.deepEqual(problems, []);
  await context.close();
});
