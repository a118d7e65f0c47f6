// End-to-end: every language of the catalogue, walked through on the demo shop page. The browser's
// language picks it; each walk looks up a delayed order, opens the complaint topics and checks
// that the words on screen are that language's, that no raw key or empty value shows, that the
// English strings do not leak into another language, and that axe finds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, axeClean, useChromium } from './browser.mjs';

const chromium = useChromium();

const SHOP = 'Bottega Aurora';
const LANGUAGES = {
  it: {
    browser: 'it-IT', title: `Traccia il tuo ordine su ${SHOP}`, orderNumber: "Numero d'ordine",
    email: 'Indirizzo e-mail', find: 'Trova il mio ordine', order: 'Ordine SP-1002', language: 'Lingua',
    complain: 'Segnala un problema con questo ordine', topics: 'Di cosa si tratta?', back: 'Indietro',
  },
  en: {
    browser: 'en-GB', title: `Track your order from ${SHOP}`, orderNumber: 'Order number',
    email: 'E-mail address', find: 'Find my order', order: 'Order SP-1002', language: 'Language',
    complain: 'Report a problem with this order', topics: 'What is it about?', back: 'Back',
  },
  de: {
    browser: 'de-DE', title: `Ihre Bestellung bei ${SHOP} verfolgen`, orderNumber: 'Bestellnummer',
    email: 'E-Mail-Adresse', find: 'Bestellung suchen', order: 'Bestellung SP-1002', language: 'Sprache',
    complain: 'Problem mit dieser Bestellung melden', topics: 'Worum geht es?', back: 'Zurück',
  },
  fr: {
    browser: 'fr-FR', title: `Suivre votre commande chez ${SHOP}`, orderNumber: 'Numéro de commande',
    email: 'Adresse e-mail', find: 'Trouver ma commande', order: 'Commande SP-1002', language: 'Langue',
    complain: 'Signaler un problème avec cette commande', topics: 'De quoi s’agit-il ?', back: 'Retour',
  },
  es: {
    browser: 'es-ES', title: `Sigue tu pedido de ${SHOP}`, orderNumber: 'Número de pedido',
    email: 'Correo electrónico', find: 'Buscar mi pedido', order: 'Pedido SP-1002', language: 'Idioma',
    complain: 'Informar de un problema con este pedido', topics: '¿De qué se trata?', back: 'Volver',
  },
};

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
    await axeClean(page);

    await widget.getByRole('button', { name: words.complain }).click();
    await widget.getByRole('heading', { name: words.topics }).waitFor();
    const topics = await widget.innerText();
    assertNoRawText(topics, 'the complaint topics');
    if (tag !== 'en') {
      for (const english of ['What is it about?', 'My order is late', 'Something else', 'Report a problem']) {
        assert.ok(!topics.includes(english), `English "${english}" in ${tag}`);
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
