// Every change of screen lands where the eye goes: the new screen's heading is in the viewport
// and has keyboard focus, on a 360×740 touch phone in Italian and on a 1280×800 desktop in
// English, walked by role and accessible name only. Before, tapping "Report a problem" on a long
// order left the shopper looking at the host page's footer, with focus on <body>.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE, landed, lookUp, openPage, useChromium } from './browser.mjs';

const chromium = useChromium();

const DEVICES = {
  phone: {
    options: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'it-IT' },
    press: (locator) => locator.tap(),
    words: {
      lookup: ["Numero d'ordine", 'Indirizzo e-mail', 'Trova il mio ordine'],
      lookupTitle: /Traccia il tuo ordine/,
      order: 'Ordine SP-1005',
      report: 'Segnala un problema con questo ordine',
      topics: 'Di cosa si tratta?',
      damaged: 'Qualcosa è arrivato danneggiato',
      help: 'Forse si risolve subito',
      loading: 'Carichiamo le risposte…',
      stillWrite: 'Voglio comunque scrivervi',
      form: 'Raccontaci cosa è successo',
      another: 'Cerca un altro ordine',
      follow: 'Segui un reclamo',
      followTitle: 'Segui il tuo reclamo',
    },
  },
  desktop: {
    options: { viewport: { width: 1280, height: 800 }, locale: 'en-GB' },
    press: (locator) => locator.click(),
    words: {
      lookup: ['Order number', 'E-mail address', 'Find my order'],
      lookupTitle: /Track your order/,
      order: 'Order SP-1005',
      report: 'Report a problem with this order',
      topics: 'What is it about?',
      damaged: 'Something arrived damaged',
      help: 'This may solve it right away',
      loading: 'Loading answers…',
      stillWrite: 'I still want to write to you',
      form: 'Tell us what happened',
      another: 'Look up another order',
      follow: 'Follow a complaint',
      followTitle: 'Follow your complaint',
    },
  },
};

for (const [device, { options, press, words }] of Object.entries(DEVICES)) {
  test(`${device}: from a long order into the complaint, each step lands in view with focus`, async () => {
    const { context, page, widget, problems } = await openPage(chromium(), BASE, options);
    const heading = (name) => widget.getByRole('heading', { name, level: 2 });
    await lookUp(widget, 'SP-1005', 'sara.romano@example.com', words.lookup);
    await landed(page, heading(words.order), `landing-${device}-1-order`);
    // The report button is at the end of a long order: the shopper scrolls down to it.
    const report = widget.getByRole('button', { name: words.report });
    await report.scrollIntoViewIfNeeded();
    await press(report);
    await landed(page, heading(words.topics), `landing-${device}-2-topics`);
    await press(widget.getByRole('button', { name: words.damaged }));
    await landed(page, heading(words.help), `landing-${device}-3-help`);
    await widget.getByText(words.loading).waitFor({ state: 'hidden' });
    const write = widget.getByRole('button', { name: words.stillWrite });
    await write.scrollIntoViewIfNeeded();
    await press(write);
    await landed(page, heading(words.form), `landing-${device}-4-form`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${device}: back to the lookup and on to a complaint's follow-up, each lands in view with focus`, async () => {
    const { context, page, widget, problems } = await openPage(chromium(), BASE, options);
    const heading = (name) => widget.getByRole('heading', { name, level: 2 });
    // The first render never moves the host page or takes focus.
    const before = await page.evaluate(() => [window.scrollY, document.activeElement?.tagName]);
    assert.deepEqual(before, [0, 'BODY']);
    await lookUp(widget, 'SP-1005', 'sara.romano@example.com', words.lookup);
    await landed(page, heading(words.order), `landing-${device}-5-order`);
    const another = widget.getByRole('button', { name: words.another });
    await another.scrollIntoViewIfNeeded();
    await press(another);
    await landed(page, heading(words.lookupTitle), `landing-${device}-6-lookup`);
    const follow = widget.getByRole('button', { name: words.follow });
    await follow.scrollIntoViewIfNeeded();
    await press(follow);
    await landed(page, heading(words.followTitle), `landing-${device}-7-follow`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
