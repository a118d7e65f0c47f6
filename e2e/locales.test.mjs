// End-to-end: every language of the catalogue, walked through on the demo shop page. The browser's
// language picks it; each walk looks up a delayed order, opens the complaint topics and checks
// that the words on screen are that language's, that no raw key or empty value shows, that the
// English strings do not leak into another language, and that axe finds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, axeClean, useChromium } from './browser.mjs';
import { words } from './words.mjs';

const chromium = useChromium();

const SHOP = 'Bottega Aurora';
/** Each language with the browser locale that picks it; its words come from locales/<tag>.ftl. */
const BROWSERS = { it: 'it-IT', en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };
const LANGUAGES = Object.fromEntries(
  Object.entries(BROWSERS).map(([tag, browser]) => {
    const t = words(tag);
    return [
      tag,
      {
        browser,
        title: t('lookup-title-at', { shop: SHOP }),
        orderNumber: t('order-number-label'),
        email: t('email-label'),
        find: t('find-order'),
        order: t('tracking-order-title', { number: 'SP-1002' }),
        language: t('language-label'),
        complain: t('complaints-start-about-order'),
        topics: t('complaints-topic-title'),
        back: t('complaints-back'),
        statusLine: t('status-label') + t('label-colon'),
      },
    ];
  }),
);
const english = words('en');

/** What a missing or mis-wired string would look like on screen. */
function assertNoRawText(text, where) {
  assert.doesNotMatch(text, /\b[a-z]+(?:_[a-z]+)+\b/, `a raw key on ${where}`);
  assert.doesNotMatch(text, /\bundefined\b|\bnull\b|\bNaN\b|\[object /, `an empty value on ${where}`);
}

for (const [tag, words] of Object.entries(LANGUAGES)) {
  test(`the widget speaks ${tag} from the browser's language, on every screen of the walk`, async () => {
    const context = await chromium().newContext({ locale: words.browser, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(BASE);
    const widget = page.locator('sportello-widget .sportello-host');
    await widget.getByRole('heading', { name: words.title }).waitFor();
    assert.equal(await widget.locator('.sportello').getAttribute('lang'), tag);
    assert.equal(await widget.getByLabel(words.language, { exact: true }).inputValue(), tag, 'the switcher shows it');
    assertNoRawText(await widget.innerText(), 'the lookup form');

    await widget.getByLabel(words.orderNumber, { exact: true }).fill('SP-1002');
    await widget.getByLabel(words.email, { exact: true }).fill('marco.bianchi@example.com');
    await widget.getByRole('button', { name: words.find }).click();
    await widget.getByRole('heading', { name: words.order }).waitFor();
    assertNoRawText(await widget.innerText(), 'the order');
    const status = await widget.locator('.sportello-status').textContent();
    assert.ok(status.startsWith(words.statusLine), `"${status}" starts with "${words.statusLine}"`);
    await axeClean(page);

    await widget.getByRole('button', { name: words.complain }).click();
    await widget.getByRole('heading', { name: words.topics }).waitFor();
    const topics = await widget.innerText();
    assertNoRawText(topics, 'the complaint topics');
    if (tag !== 'en') {
      for (const id of ['complaints-topic-title', 'complaints-start-about-order']) {
        assert.ok(!topics.includes(english(id)), `English "${english(id)}" in ${tag}`);
      }
      for (const topic of ['LateDelivery', 'Other']) {
        const name = english('complaints-topic-name', { topic });
        assert.ok(!topics.includes(name), `English "${name}" in ${tag}`);
      }
    }
    await axeClean(page);
    await widget.getByRole('button', { name: words.back, exact: true }).click();
    await widget.getByRole('heading', { name: words.order }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('switching the language in the widget changes every word at once, and what was typed stays', async () => {
  const context = await chromium().newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(BASE);
  const widget = page.locator('sportello-widget .sportello-host');
  await widget.getByRole('heading', { name: LANGUAGES.en.title }).waitFor();
  await widget.getByLabel('Order number', { exact: true }).fill('SP-1002');
  for (const [tag, words] of Object.entries(LANGUAGES)) {
    await widget.locator('select').first().selectOption(tag);
    await widget.getByRole('heading', { name: words.title }).waitFor();
    assert.equal(await widget.getByLabel(words.orderNumber, { exact: true }).inputValue(), 'SP-1002');
    assert.equal(await widget.getByRole('button', { name: words.find }).count(), 1);
  }
  await context.close();
});
