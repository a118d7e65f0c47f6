// Sportello loader: defines <sportello-widget>. A shop includes this module and places the
// element where the widget belongs:
//   <script type="module" src="https://shop.example/widget/sportello.js"></script>
//   <sportello-widget api-base="https://shop.example/v1"></sportello-widget>
// Attributes: api-base (required), locale (it | en), order (an order number to prefill).
// Each element gets an open shadow root holding the widget's CSS and a container: nothing is
// written to the host document. The wasm and its glue load once per page, when the first
// element comes near the viewport; removing an element unmounts its widget.
const base = new URL('.', import.meta.url);
let module;
const load = () =>
  (module ??= import(new URL('sportello-app.js', base).href).then(async (glue) => {
    await glue.default({ module_or_path: new URL('sportello-app_bg.wasm', base) });
    return glue;
  }));

class SportelloWidget extends HTMLElement {
  #mounted = null;
  #observer = null;
  #generation = 0;

  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = new URL('sportello.css', base).href;
    const container = document.createElement('div');
    container.className = 'sportello-host';
    container.setAttribute('aria-busy', 'true');
    root.replaceChildren(sheet, container);
    const generation = ++this.#generation;
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.#stopWatching();
      load().then((glue) => {
        // Removed (or removed and added again) while loading: that connection is over.
        if (generation !== this.#generation) return;
        container.removeAttribute('aria-busy');
        try {
          this.#mounted = glue.mount(this, container);
        } catch (error) {
          console.error(error);
        }
      }, (error) => console.error('Sportello could not load', error));
    }, { rootMargin: '200px' });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#generation++;
    this.#stopWatching();
    this.#mounted?.unmount();
    this.#mounted?.free();
    this.#mounted = null;
    this.shadowRoot?.replaceChildren();
  }

  #stopWatching() {
    this.#observer?.disconnect();
    this.#observer = null;
  }
}

if (!customElements.get('sportello-widget')) {
  customElements.define('sportello-widget', SportelloWidget);
}
