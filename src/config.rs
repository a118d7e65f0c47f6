//! The widget's configuration, read from the element a shop embeds it in.
//!
//! ```html
//! <sportello-widget api-base="https://shop.example/api/v1" locale="it"></sportello-widget>
//! ```

use crate::i18n::Locale;

/// How one widget instance is set up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WidgetConfig {
    /// Base URL of the shop's contract endpoints, without the trailing slash (`/v1` on the
    /// reference backend). Relative URLs resolve against the host page.
    pub api_base: String,
    /// The language chosen by the shop on the element or, failing that, the customer's browser
    /// language if the widget speaks it; `None` leaves the choice to the shop's default.
    pub locale: Option<Locale>,
    /// An order number to prefill (deep link from a shop e-mail: `data-order` or the page's
    /// `#sportello-order=…` fragment). Never an e-mail address.
    pub order_number: Option<String>,
    /// The widget is the whole page (`page="full"`: the page for links from e-mails): it keeps
    /// the page's title and `lang` in step with the shop and the language shown.
    pub full_page: bool,
}

/// Why an element could not be configured (reported to the developer console).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    MissingApiBase,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConfigError::MissingApiBase => {
                f.write_str("Sportello: the <sportello-widget> element needs an api-base attribute (the URL of the shop's /v1 API)")
            }
        }
    }
}

impl WidgetConfig {
    /// Builds the configuration from the element's attributes and the browser's preferred
    /// languages (`navigator.languages`).
    pub fn from_attributes(
        api_base: Option<&str>,
        locale: Option<&str>,
        browser_languages: &[String],
    ) -> Result<WidgetConfig, ConfigError> {
        Self::from_sources(api_base, locale, browser_languages, None, None)
    }

    /// As [`WidgetConfig::from_attributes`], plus the deep-link sources: the element's
    /// `data-order` and the page URL's fragment.
    pub fn from_sources(
        api_base: Option<&str>,
        locale: Option<&str>,
        browser_languages: &[String],
        order_attribute: Option<&str>,
        fragment: Option<&str>,
    ) -> Result<WidgetConfig, ConfigError> {
        let api_base = api_base
            .map(str::trim)
            .filter(|base| !base.is_empty())
            .ok_or(ConfigError::MissingApiBase)?
            .trim_end_matches('/')
            .to_owned();
        let locale = locale
            .and_then(Locale::from_tag)
            .or_else(|| Locale::negotiate(browser_languages.iter().map(String::as_str)));
        let from_fragment = fragment.and_then(|f| {
            f.trim_start_matches('#')
                .split('&')
                .find_map(|pair| pair.strip_prefix("sportello-order="))
        });
        let order_number = order_attribute
            .or(from_fragment)
            .map(sportello_contract::normalize_order_number)
            .filter(|n| {
                !n.is_empty()
                    && n.chars().count() <= crate::lookup::validate::MAX_ORDER_NUMBER_CHARS
                    && !n.contains('@')
            });
        Ok(WidgetConfig {
            api_base,
            locale,
            order_number,
            full_page: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_wins_over_browser_languages() {
        let langs = vec!["en-GB".to_owned()];
        let config = WidgetConfig::from_attributes(Some("/v1/"), Some("it"), &langs).unwrap();
        assert_eq!(config.api_base, "/v1");
        assert_eq!(config.locale, Some(Locale::It));
    }

    #[test]
    fn browser_languages_are_negotiated() {
        let langs = vec!["nl-NL".to_owned(), "de-DE".to_owned(), "en-US".to_owned()];
        let config =
            WidgetConfig::from_attributes(Some("https://x.example/v1"), None, &langs).unwrap();
        assert_eq!(config.locale, Some(Locale::De));
        let config =
            WidgetConfig::from_attributes(Some("/v1"), Some("xx"), &["nl".to_owned()]).unwrap();
        assert_eq!(config.locale, None);
    }

    #[test]
    fn deep_links_prefill_the_order_number_only() {
        let c = |attr: Option<&str>, frag: Option<&str>| {
            WidgetConfig::from_sources(Some("/v1"), None, &[], attr, frag)
                .unwrap()
                .order_number
        };
        assert_eq!(c(Some(" sp-1002 "), None).as_deref(), Some("SP-1002"));
        assert_eq!(
            c(None, Some("#sportello-order=SP-1003")).as_deref(),
            Some("SP-1003")
        );
        assert_eq!(
            c(None, Some("#top&sportello-order=sp-7")).as_deref(),
            Some("SP-7")
        );
        assert_eq!(
            c(Some("SP-1"), Some("#sportello-order=SP-2")).as_deref(),
            Some("SP-1")
        );
        assert_eq!(c(None, Some("#other")), None);
        assert_eq!(c(None, Some("#sportello-order=a@b.it")), None);
        assert_eq!(c(Some(&"9".repeat(80)), None), None);
    }

    #[test]
    fn api_base_is_required() {
        assert_eq!(
            WidgetConfig::from_attributes(None, None, &[]),
            Err(ConfigError::MissingApiBase)
        );
        assert_eq!(
            WidgetConfig::from_attributes(Some("  "), None, &[]),
            Err(ConfigError::MissingApiBase)
        );
    }
}
