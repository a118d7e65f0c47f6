// Sportello embed script: loads the widget module, which mounts a widget in every
// element carrying the data-sportello attribute. Usage on a shop page:
//   <link rel="stylesheet" href="/widget/sportello.css">
//   <div data-sportello data-api-base="/v1"></div>
//   <script type="module" src="/widget/embed.js"></script>
import init from './sportello.js';

if (document.querySelector('[data-sportello]')) {
  await init({ module_or_path: new URL('./sportello_bg.wasm', import.meta.url) });
}
