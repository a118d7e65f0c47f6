// @ts-check
// Sportello loader: defines <sportello-widget>. A shop includes this module and places the
// element where the widget belongs:
//   <script type="module" src="https://shop.example/widget/sportello.js"></script>
//   <sportello-widget api-base="https://shop.example/v1"></sportello-widget>
// Attributes: api-base (required), locale (it | en | de | fr | es), order (an order number to
// prefill), theme (light | dark), mode (inline | launcher), corner (bottom-right | bottom-left, launcher),
// isolation="iframe" (the full page from the widget's origin in an iframe, for hosts whose CSP
// cannot allow 'wasm-unsafe-eval').
// Each element gets an open shadow root holding the widget's CSS and a container: nothing is
// written to the host document. The wasm and its glue load once per page, when the first inline
// element comes near the viewport or a launcher is opened; removing an element unmounts its
// widget. `cargo xtask build` ships it without comments and indentation (budget: 2 KB brotli).
const base = new URL('.', import.meta.url);
/** @param {string} file */
const at = (file) => new URL(file, base).href;
/**
 * The widget's wasm-bindgen glue, as the loader uses it (`src/lib.rs`: `mount`).
 * @typedef {{
 *   default: (init: { module_or_path: Promise<Response> }) => Promise<unknown>,
 *   mount: (host: HTMLElement, container: HTMLElement) => { free(): void },
 * }} Glue
 */
/** @type {Promise<Glue> | null | undefined} */
let module;
// The glue, the chunk loader it imports and the wasm are requested together, not one after the
// other as the glue would find them: two round trips fewer on a phone's network.
const load = () => {
  if (!module) {
    const wasm = fetch(at('sportello-app_bg.wasm'));
    wasm.catch(() => {});
    import(at('__wasm_split.js')).catch(() => {});
    module = import(at('sportello-app.js')).then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      // Mount in a task of its own: the host page gets the main thread back in between.
      await new Promise((resolve) => setTimeout(resolve));
      return glue;
    });
    // A load that failed (the network dropped) is tried again by the next widget or opening.
    module.catch(() => { module = null; });
  }
  return module;
};

// The launcher's two labels must show before the module (and its catalogue in src/i18n) loads.
/** @type {Record<string, [string, string]>} */
const LABELS = {
  it: ['Aiuto con il tuo ordine', 'Chiudi'],
  en: ['Help with your order', 'Close'],
  de: ['Hilfe zu Ihrer Bestellung', 'Schließen'],
  fr: ['Aide pour votre commande', 'Fermer'],
  es: ['Ayuda con tu pedido', 'Cerrar'],
};
/** @param {HTMLElement} element */
const labels = (element) => {
  const wanted = [element.getAttribute('locale'), ...navigator.languages, document.documentElement.lang];
  const found = wanted.map((l) => (l || '').slice(0, 2).toLowerCase()).find((l) => LABELS[l]);
  return LABELS[found ?? 'en'];
};

// When the launcher's panel is a full-screen sheet; the same query as in sportello.css.
const SHEET = '(max-width: 30em), (max-height: 32em)';

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Partial<HTMLElementTagNameMap[K]>} props
 */
const make = (tag, props) => Object.assign(document.createElement(tag), props);

// Inside the iframe of isolation="iframe": take the host's settings from the query and report
// the page's height to the host, and to no other origin.
const query = new URLSearchParams(location.search);
const hostOrigin = window.parent !== window ? query.get('sportello-embed') : null;
if (hostOrigin) {
  for (const element of document.querySelectorAll('sportello-widget')) {
    for (const name of ['api-base', 'locale', 'theme']) {
      const value = query.get(name);
      if (value) element.setAttribute(name, value);
    }
  }
  const report = () => {
    try {
      parent.postMessage({ sportelloHeight: Math.ceil(document.body.getBoundingClientRect().height) }, hostOrigin);
    } catch (error) {
      console.error('Sportello: bad host origin', error);
    }
  };
  new ResizeObserver(report).observe(document.body);
}

class SportelloWidget extends HTMLElement {
  /** @type {{ free(): void } | null} */
  #mounted = null;
  #generation = 0;
  // Undoes what the current connection set up outside the shadow root (observer, listener).
  /** @type {(() => void) | null} */
  #cleanup = null;

  // One of three modes, each a method: the full page in an iframe, inline where the element is,
  // or a launcher button that opens a panel.
  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const sheet = make('link', { rel: 'stylesheet', href: at('sportello.css') });
    if (this.getAttribute('isolation') === 'iframe') {
      this.#framed(root, sheet);
      return;
    }
    const container = make('div', { className: 'sportello-host' });
    container.setAttribute('aria-busy', 'true');
    const generation = ++this.#generation;
    const mount = () => load().then((glue) => {
      // Removed (or removed and added again) while loading: that connection is over.
      if (generation !== this.#generation || this.#mounted) return;
      container.removeAttribute('aria-busy');
      try {
        this.#mounted = glue.mount(this, container);
      } catch (error) {
        console.error(error);
      }
    }, (error) => console.error('Sportello could not load', error));
    if (this.getAttribute('mode') === 'launcher') {
      this.#launcher(root, sheet, container, mount);
    } else {
      this.#inline(root, sheet, container, mount);
    }
  }

  // isolation="iframe": the full page from the widget's origin, resized only by that very frame.
  /** @param {ShadowRoot} root @param {HTMLLinkElement} sheet */
  #framed(root, sheet) {
    const page = new URL(at('index.html'));
    page.searchParams.set('sportello-embed', location.origin);
    const api = this.getAttribute('api-base');
    if (api) page.searchParams.set('api-base', new URL(api, location.href).href);
    for (const name of ['locale', 'theme']) {
      const value = this.getAttribute(name);
      if (value) page.searchParams.set(name, value);
    }
    const order = this.getAttribute('order');
    if (order) page.hash = `sportello-order=${encodeURIComponent(order)}`;
    const frame = make('iframe', { src: page.href, title: labels(this)[0], loading: 'lazy', className: 'sportello-frame' });
    // Only the widget's own page in this very iframe may resize it.
    /** @param {MessageEvent} event */
    const onMessage = (event) => {
      if (event.origin !== page.origin || event.source !== frame.contentWindow) return;
      const height = event.data?.sportelloHeight;
      if (Number.isFinite(height) && height > 0 && height < 100000) frame.style.height = `${height}px`;
    };
    window.addEventListener('message', onMessage);
    this.#cleanup = () => window.removeEventListener('message', onMessage);
    root.replaceChildren(sheet, frame);
  }

  /**
   * @typedef {(root: ShadowRoot, sheet: HTMLLinkElement, container: HTMLDivElement, mount: () => unknown) => void} Mode
   */
  // Inline: mounted once the element comes within 200 px of the viewport.
  /** @type {Mode} */
  #inline(root, sheet, container, mount) {
    root.replaceChildren(sheet, container);
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      mount();
    }, { rootMargin: '200px' });
    observer.observe(this);
    this.#cleanup = () => observer.disconnect();
  }

  // Launcher: a floating button opens a panel (a full-screen sheet on narrow screens); mounted
  // at the first opening.
  /** @type {Mode} */
  #launcher(root, sheet, container, mount) {
    const [openLabel, closeLabel] = labels(this);
    const corner = this.getAttribute('corner') === 'bottom-left' ? 'left' : 'right';
    const button = make('button', { type: 'button', className: `sportello-launcher sportello-launcher--${corner}`, textContent: openLabel });
    const panel = make('div', { className: `sportello-launcher-panel sportello-launcher-panel--${corner}`, hidden: true, tabIndex: -1, id: 'sportello-panel' });
    panel.setAttribute('role', 'dialog');
    // The sheet's title, also its name: what the visitor opened.
    const title = make('p', { className: 'sportello-launcher-title', id: 'sportello-panel-title', textContent: openLabel });
    panel.setAttribute('aria-labelledby', title.id);
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', panel.id);
    const close = make('button', { type: 'button', className: 'sportello-launcher-close', textContent: '×' });
    close.setAttribute('aria-label', closeLabel);
    // A sheet (see sportello.css) follows the visual viewport while open: iOS shrinks that, not
    // the layout viewport, for its keyboard, so the field being typed in stays above it and the
    // page behind does not jump. Not when the visitor has pinch-zoomed: then they pan.
    const viewport = window.visualViewport;
    const fit = () => {
      const sheet = viewport && !panel.hidden && viewport.scale < 1.01 && matchMedia(SHEET).matches;
      panel.style.top = sheet ? `${viewport.offsetTop}px` : '';
      panel.style.height = sheet ? `${viewport.height}px` : '';
    };
    /** @param {boolean} on */
    const follow = (on) => {
      for (const type of ['resize', 'scroll']) viewport?.[on ? 'addEventListener' : 'removeEventListener'](type, fit);
    };
    this.#cleanup = () => follow(false);
    /** @param {boolean} open */
    const toggle = (open) => {
      panel.hidden = !open;
      follow(open);
      fit();
      button.setAttribute('aria-expanded', String(open));
      if (open) {
        mount();
        panel.focus();
      } else {
        button.focus();
      }
    };
    button.addEventListener('click', () => toggle(!!panel.hidden));
    close.addEventListener('click', () => toggle(false));
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        toggle(false);
      }
    });
    const bar = make('div', { className: 'sportello-launcher-bar' });
    bar.append(title, close);
    const body = make('div', { className: 'sportello-launcher-body' });
    body.append(container);
    panel.append(bar, body);
    root.replaceChildren(sheet, button, panel);
  }

  disconnectedCallback() {
    this.#generation++;
    this.#cleanup?.();
    this.#cleanup = null;
    // Freeing the handle unmounts the widget: its DOM, effects and listeners.
    this.#mounted?.free();
    this.#mounted = null;
    this.shadowRoot?.replaceChildren();
  }
}

if (!customElements.get('sportello-widget')) {
  customElements.define('sportello-widget', SportelloWidget);
}
