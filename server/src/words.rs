//! The words of what the server writes to customers (e-mails, messages, the unsubscribe page),
//! in the five languages the widget speaks, from Fluent catalogues: the server's own
//! (`server/locales/`) beside the widget's (`locales/`), whose words for reasons, sides,
//! vouchers and refunds the e-mails share, so that an e-mail says what the banner says.

use std::sync::OnceLock;

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};

/// The languages, in the order of [`catalogues`].
pub const LANGUAGES: [&str; 5] = ["it", "en", "de", "fr", "es"];

const SOURCES: [(&str, &str); 5] = [
    (
        include_str!("../locales/it.ftl"),
        include_str!("../../locales/it.ftl"),
    ),
    (
        include_str!("../locales/en.ftl"),
        include_str!("../../locales/en.ftl"),
    ),
    (
        include_str!("../locales/de.ftl"),
        include_str!("../../locales/de.ftl"),
    ),
    (
        include_str!("../locales/fr.ftl"),
        include_str!("../../locales/fr.ftl"),
    ),
    (
        include_str!("../locales/es.ftl"),
        include_str!("../../locales/es.ftl"),
    ),
];

fn catalogues() -> &'static [FluentBundle<FluentResource>] {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        LANGUAGES
            .iter()
            .zip(SOURCES)
            .map(|(lang, (server, widget))| {
                let id = lang.parse().expect("a language tag");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Plain text and HTML both: no bidi isolation marks around values.
                bundle.set_use_isolating(false);
                for source in [server, widget] {
                    let resource = FluentResource::try_new(source.to_owned())
                        .unwrap_or_else(|(_, errors)| panic!("{lang}: {errors:?}"));
                    bundle
                        .add_resource(resource)
                        .unwrap_or_else(|errors| panic!("{lang}: {errors:?}"));
                }
                bundle
            })
            .collect()
    })
}

/// An argument of a message: text or a number (for plurals).
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

/// The message `key` in `language` (one of [`LANGUAGES`]; English for any other) with `args`.
/// A key missing from a catalogue is a bug the tests catch; it reads as the key.
pub fn text(language: &str, key: &str, args: &[(&str, Arg)]) -> String {
    let index = LANGUAGES.iter().position(|l| *l == language).unwrap_or(1);
    let bundle = &catalogues()[index];
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        tracing::error!(language, key, "a message is missing from the catalogue");
        return key.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(*text)),
            Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        tracing::error!(language, key, ?errors, "a message did not format");
    }
    text.into_owned()
}

/// Whether `key` is in every catalogue (for the tests).
#[cfg(test)]
pub fn everywhere(key: &str) -> bool {
    catalogues().iter().all(|b| b.has_message(key))
}

/// Whether `key` is in the catalogue of `language` (for the tests).
#[cfg(test)]
pub fn in_language(language: &str, key: &str) -> bool {
    LANGUAGES
        .iter()
        .position(|l| *l == language)
        .is_some_and(|i| catalogues()[i].has_message(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_servers_words_are_in_every_language_and_share_the_widgets() {
        let own: Vec<&str> = SOURCES[1]
            .0
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
            .filter(|k| !k.starts_with(' ') && !k.starts_with('#'))
            .collect();
        assert!(own.len() > 30, "{own:?}");
        for key in own {
            if key.starts_with("desk-") {
                // The staff desk speaks Italian and English.
                assert!(in_language("it", key), "{key} is missing from it.ftl");
            } else {
                assert!(everywhere(key), "{key} is missing from a catalogue");
            }
        }
        assert_eq!(
            text(
                "it",
                "tracking-reason-explanation",
                &[("reason", Arg::Text("Weather"))]
            ),
            "Il maltempo ha fermato o rallentato i mezzi del corriere lungo il tragitto."
        );
        assert_eq!(
            text("de", "mail-delay-subject", &[("number", Arg::Text("SP-1"))]),
            "Ihre Bestellung SP-1 verspätet sich: Das tut uns leid"
        );
        assert_eq!(
            text("pt", "mail-hello", &[]),
            "Hello,",
            "English for any other"
        );
    }
}
