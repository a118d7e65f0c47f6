//! The widget's configuration, read from the element a shop embeds it in.
//!
//! ```html
//! <div data-sportello data-api-base="https://shop.example/api/v1" data-locale="it"></div>
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
                f.write_str("Sportello: the element needs a data-api-base attribute (the URL of the shop's /v1 API)")
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
        let api_base = api_base
            .map(str::trim)
            .filter(|base| !base.is_empty())
            .ok_or(ConfigError::MissingApiBase)?
            .trim_end_matches('/')
            .to_owned();
        let locale = locale
            .and_then(Locale::from_tag)
            .or_else(|| Locale::negotiate(browser_languages.iter().map(String::as_str)));
        Ok(WidgetConfig { api_base, locale })
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
        let langs = vec!["de-DE".to_owned(), "en-US".to_owned()];
        let config =
            WidgetConfig::from_attributes(Some("https://x.example/v1"), None, &langs).unwrap();
        assert_eq!(config.locale, Some(Locale::En));
        let config =
            WidgetConfig::from_attributes(Some("/v1"), Some("xx"), &["de".to_owned()]).unwrap();
        assert_eq!(config.locale, None);
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
