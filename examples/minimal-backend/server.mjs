// A deliberately minimal Sportello backend, in another shape than the reference one: plain
// Node.js, no dependencies, orders from a JSON file, only the two required endpoints
// (`GET /v1/config`, `POST /v1/orders/lookup`) and no optional capability. It proves that the
// contract alone is enough: `cargo xtask test` runs the conformance checker and a Playwright
// journey against it.
//
//   node server.mjs [--port 8090] [--widget-dir ../../dist] [--shop shop.json]
//
// A shop file holds the `config` answer and the `orders` (see shop.json, an English shop that
// takes both proofs, and shop-de.json, a German one that looks orders up by postcode).
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const here = new URL('.', import.meta.url).pathname;
const SHOP = JSON.parse(readFileSync(args.shop ?? join(here, 'shop.json'), 'utf8'));
const ORDERS = SHOP.orders;
// The proofs the shop accepts (contract 1.3: absent or empty means both).
const PROOFS = SHOP.config.lookup?.proofs?.length ? SHOP.config.lookup.proofs : ['email', 'postcode'];
const WIDGET = args['widget-dir'] ?? join(here, '../../dist');
const PROBLEMS = 'https://sportello.dev/problems/';

const TYPES = {
  '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.html': 'text/html',
};

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
}

function json(res, status, value) {
  send(res, status, 'application/json', JSON.stringify(value), { 'cache-control': 'no-store' });
}

function problem(res, status, slug, title, extra = {}) {
  send(res, status, 'application/problem+json',
    JSON.stringify({ type: PROBLEMS + slug, title, status, ...extra }), { 'cache-control': 'no-store' });
}

const normalizeNumber = (n) => n.trim().replace(/^#+/, '').trim().replace(/[a-z]/g, (c) => c.toUpperCase());
const normalizePostcode = (p) => p.replace(/\s+/g, '').toUpperCase();
const plausibleEmail = (e) => /^[^@\s]+@[^@\s.][^@\s]*\.[^@\s]*[^@\s.]$/.test(e.trim());

function lookup(res, body) {
  let request;
  try {
    request = JSON.parse(body);
  } catch {
    return problem(res, 400, 'malformed-request', 'The body is not JSON');
  }
  if (!request || typeof request !== 'object' || Array.isArray(request)) {
    return problem(res, 400, 'malformed-request', 'The body is not a JSON object');
  }
  const invalid = [];
  if (typeof request.order_number !== 'string' || !normalizeNumber(request.order_number)) {
    invalid.push({ name: 'order_number', reason: 'required' });
  }
  // Exactly one proof (contract 1.3); a proof sent as null counts as absent.
  const hasEmail = request.email != null;
  const hasPostcode = request.postcode != null;
  if (!hasEmail && !hasPostcode) invalid.push({ name: 'email', reason: 'an e-mail address or a postcode is required' });
  if (hasEmail && hasPostcode) invalid.push({ name: 'postcode', reason: 'send an e-mail address or a postcode, not both' });
  const proof = hasEmail ? 'email' : 'postcode';
  if (hasEmail !== hasPostcode && !PROOFS.includes(proof)) invalid.push({ name: proof, reason: 'not accepted by this shop' });
  if (hasEmail && (typeof request.email !== 'string' || !plausibleEmail(request.email))) invalid.push({ name: 'email', reason: 'must be an e-mail address' });
  if (hasPostcode && (typeof request.postcode !== 'string' || !normalizePostcode(request.postcode))) invalid.push({ name: 'postcode', reason: 'must be a postcode' });
  if (invalid.length) {
    return problem(res, 422, 'invalid-request', 'Some fields are invalid', { invalid_params: invalid });
  }
  const number = normalizeNumber(request.order_number);
  // The same answer whether the order is unknown or the proof is wrong.
  const found = ORDERS.find((o) => o.order.number === number
    && (hasEmail ? o.email.toLowerCase() === request.email.trim().toLowerCase()
      : normalizePostcode(o.postcode) === normalizePostcode(request.postcode)));
  if (!found) return problem(res, 404, 'order-not-found', 'No order matches these details');
  return json(res, 200, found.order);
}

const NAME = SHOP.config.shop_name.replace(/[<&]/g, '');
const PAGE = `<!doctype html>
<html lang="${SHOP.config.default_locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${NAME}</title></head>
<body><main><h1>${NAME}</h1><sportello-widget api-base="/v1"></sportello-widget></main>
<script type="module" src="/widget/sportello.js"></script></body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/v1/config') {
    return json(res, 200, SHOP.config);
  }
  if (url.pathname === '/v1/orders/lookup' && req.method === 'POST') {
    // A lookup is a few hundred bytes: past 16 KB the body is not read on, and the answer is
    // the contract's 413 problem (then the connection is closed, the rest unread).
    let body = '';
    let tooLarge = false;
    req.on('data', (chunk) => {
      if (tooLarge) return;
      body += chunk;
      if (body.length > 16384) {
        tooLarge = true;
        res.setHeader('connection', 'close');
        problem(res, 413, 'payload-too-large', 'The request body is too large', {
          detail: 'A lookup body may be at most 16 KB.',
        });
      }
    });
    req.on('end', () => {
      if (!tooLarge) lookup(res, body);
    });
    return undefined;
  }
  if (url.pathname.startsWith('/v1/')) return problem(res, 404, 'not-found', 'No such endpoint');
  if (req.method === 'GET' && url.pathname === '/') return send(res, 200, 'text/html', PAGE);
  if (req.method === 'GET' && url.pathname.startsWith('/widget/')) {
    const file = normalize(join(WIDGET, url.pathname.slice('/widget/'.length)));
    if (file.startsWith(normalize(WIDGET)) && existsSync(file)) {
      return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    }
  }
  return send(res, 404, 'text/plain', 'not found');
});

server.listen(Number(args.port ?? 8090), '127.0.0.1', () => {
  console.log(`Minimal Sportello backend listening on http://127.0.0.1:${server.address().port}/`);
});
