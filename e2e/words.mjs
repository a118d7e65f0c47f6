// The widget's words, read from the files its catalogues are generated from (locales/*.ftl, by
// `cargo xtask i18n`), so that a test never retypes a translation: `words('it')('find-order')`.
import { readFileSync } from 'node:fs';
import { FluentBundle, FluentResource } from '@fluent/bundle';

/** A function giving the text of a message of `locales/<tag>.ftl`, with its `{ $arguments }`. */
export function words(tag) {
  // No Unicode isolation marks around arguments: the widget writes none.
  const bundle = new FluentBundle(tag, { useIsolating: false });
  const source = readFileSync(new URL(`../locales/${tag}.ftl`, import.meta.url), 'utf8');
  const errors = bundle.addResource(new FluentResource(source));
  if (errors.length > 0) throw errors[0];
  return (id, args) => {
    const message = bundle.getMessage(id);
    if (!message?.value) throw new Error(`no message ${id} in locales/${tag}.ftl`);
    const problems = [];
    const text = bundle.formatPattern(message.value, args, problems);
    if (problems.length > 0) throw problems[0];
    return text;
  };
}
