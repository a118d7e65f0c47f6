//! Numbers, money and dates in the customer's language, through the browser's `Intl`: no locale
//! data is compiled into the wasm. Natively (unit tests) a plain fallback is used.

use crate::i18n::Locale;

/// Whether a currency code is well-formed (three ASCII capitals); `Intl` throws on others.
fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// An amount in minor units (cents for EUR) as the customer reads it: `18,50 €` in Italian,
/// `€18.50` in English. An ill-formed currency code is shown beside a plain number.
pub fn money(minor: i64, currency: &str, locale: Locale) -> String {
    if !is_currency_code(currency) {
        return fallback_money(minor, 2, currency);
    }
    imp::money(minor, currency, locale)
}

/// A plural category of CLDR, as `Intl.PluralRules` names it: the catalogues choose their words
/// by it (`[one]`, `[few]`, `[other]` in `locales/*.ftl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The plural category of `n` in the customer's language, by the browser's `Intl.PluralRules`.
pub fn plural(locale: Locale, n: f64) -> Plural {
    imp::plural(locale, n)
}

/// How much of a date-time to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `18 November 2026`
    Date,
    /// `Wednesday 18 November`
    Day,
    /// `18 Nov 2026, 10:24`
    DateTime,
    /// `10:24`
    Time,
}

impl Style {
    fn options(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Style::Date => &[("dateStyle", "long")],
            Style::Day => &[("weekday", "long"), ("day", "numeric"), ("month", "long")],
            Style::DateTime => &[("dateStyle", "medium"), ("timeStyle", "short")],
            Style::Time => &[("timeStyle", "short")],
        }
    }
}

/// A date-time from the contract (RFC 3339) as a long date in the customer's language and time
/// zone; `None` when the backend sent something that is not a date.
pub fn date(rfc3339: &str, locale: Locale) -> Option<String> {
    styled(rfc3339, Style::Date, locale)
}

/// A date-time in the given style, in the customer's language and time zone.
pub fn styled(rfc3339: &str, style: Style, locale: Locale) -> Option<String> {
    crate::clock::parse_rfc3339(rfc3339)?;
    imp::date(rfc3339, style, locale)
}

/// Makes the date formats of every style in `locale` ahead of need. The first
/// `Intl.DateTimeFormat` a page makes loads the browser's data for the language, which is slow on
/// a phone; warmed while the visitor is still typing, it is not paid when the order arrives.
pub fn warm(locale: Locale) {
    for style in [Style::Date, Style::Day, Style::DateTime, Style::Time] {
        imp::date("2026-01-01T00:00:00Z", style, locale);
    }
}

/// A moment as words, in the customer's time zone: "tomorrow, Tuesday 1 December at 09:00"
/// ("today" and "tomorrow" in the browser's words when it is one of them).
pub fn moment(rfc3339: &str, locale: Locale) -> Option<String> {
    let day = styled(rfc3339, Style::Day, locale)?;
    let time = styled(rfc3339, Style::Time, locale)?;
    let day = match imp::relative_day(rfc3339, locale) {
        Some(word) => format!("{word}, {day}"),
        None => day,
    };
    Some((locale.messages().at_time)(&day, &time))
}

/// A delivery window as the customer reads it: one day, or a range of days.
pub fn window(window: &sportello_contract::DateWindow, locale: Locale) -> Option<String> {
    let from = styled(&window.from, Style::Day, locale);
    let to = styled(&window.to, Style::Day, locale)?;
    match from {
        Some(from) if from != to => Some((locale.messages().tracking().date_range)(&from, &to)),
        _ => Some(to),
    }
}

fn fallback_money(minor: i64, digits: u32, currency: &str) -> String {
    let scale = 10i64.pow(digits);
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let scale = scale as u64;
    if digits == 0 {
        format!("{sign}{abs} {currency}")
    } else {
        format!(
            "{sign}{}.{:0width$} {currency}",
            abs / scale,
            abs % scale,
            width = digits as usize
        )
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::{Locale, Plural, Style};
    use js_sys::{Array, Date, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    fn options(pairs: &[(&str, &str)]) -> Object {
        let object = Object::new();
        for (key, value) in pairs {
            let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
        }
        object
    }

    fn locales(locale: Locale) -> Array {
        Array::of1(&JsValue::from_str(locale.tag()))
    }

    pub fn money(minor: i64, currency: &str, locale: Locale) -> String {
        let format = Intl::NumberFormat::new(
            &locales(locale),
            &options(&[("style", "currency"), ("currency", currency)]),
        );
        let digits = Reflect::get(
            &format.resolved_options(),
            &JsValue::from_str("maximumFractionDigits"),
        )
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(2.0)
        .clamp(0.0, 4.0) as i32;
        let major = minor as f64 / 10f64.powi(digits);
        format
            .format()
            .call1(&JsValue::UNDEFINED, &JsValue::from_f64(major))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| super::fallback_money(minor, digits as u32, currency))
    }

    pub fn plural(locale: Locale, n: f64) -> Plural {
        let rules = Intl::PluralRules::new(&locales(locale), &Object::new());
        match rules.select(n).as_string().as_deref() {
            Some("zero") => Plural::Zero,
            Some("one") => Plural::One,
            Some("two") => Plural::Two,
            Some("few") => Plural::Few,
            Some("many") => Plural::Many,
            _ => Plural::Other,
        }
    }

    thread_local! {
        /// Formatters already made, by locale and style: making an `Intl.DateTimeFormat` costs
        /// far more than formatting with it, and a parcel may list hundreds of carrier events.
        static DATE_FORMATS: std::cell::RefCell<Vec<(Locale, Style, Intl::DateTimeFormat)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }

    /// "today" or "tomorrow" (`Intl.RelativeTimeFormat`) when the moment falls on one of them in
    /// the browser's time zone.
    pub fn relative_day(rfc3339: &str, locale: Locale) -> Option<String> {
        let then = Date::new(&JsValue::from_str(rfc3339));
        if then.get_time().is_nan() {
            return None;
        }
        let now = Date::new_0();
        let midnight = |d: &Date| {
            Date::new_with_year_month_day(
                d.get_full_year(),
                d.get_month() as i32,
                d.get_date() as i32,
            )
            .get_time()
        };
        let days = ((midnight(&then) - midnight(&now)) / 86_400_000.0).round();
        if !(0.0..=1.0).contains(&days) {
            return None;
        }
        let format =
            Intl::RelativeTimeFormat::new(&locales(locale), &options(&[("numeric", "auto")]));
        format.format(days, "day").as_string()
    }

    pub fn date(rfc3339: &str, style: Style, locale: Locale) -> Option<String> {
        let date = Date::new(&JsValue::from_str(rfc3339));
        if date.get_time().is_nan() {
            return None;
        }
        let format = DATE_FORMATS.with_borrow_mut(|cache| {
            if let Some((_, _, format)) = cache.iter().find(|(l, s, _)| *l == locale && *s == style)
            {
                return format.clone();
            }
            let format = Intl::DateTimeFormat::new(&locales(locale), &options(style.options()));
            cache.push((locale, style, format.clone()));
            format
        });
        format
            .format()
            .call1(&JsValue::UNDEFINED, &date)
            .ok()
            .and_then(|v| v.as_string())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::{Locale, Plural, Style};

    /// Natively there is no clock of the browser's: no "today" or "tomorrow".
    pub fn relative_day(_rfc3339: &str, _locale: Locale) -> Option<String> {
        None
    }

    /// CLDR's cardinal rules for whole numbers in the five languages; the widget in a browser asks
    /// `Intl.PluralRules` instead, and a browser test checks that the two agree.
    pub fn plural(locale: Locale, n: f64) -> Plural {
        let n = n.abs();
        match locale {
            Locale::Fr if n < 2.0 => Plural::One,
            Locale::It | Locale::En | Locale::De | Locale::Es if n == 1.0 => Plural::One,
            Locale::Fr | Locale::Es | Locale::It if n != 0.0 && n % 1_000_000.0 == 0.0 => {
                Plural::Many
            }
            _ => Plural::Other,
        }
    }

    pub fn money(minor: i64, currency: &str, _locale: Locale) -> String {
        super::fallback_money(minor, 2, currency)
    }

    pub fn date(rfc3339: &str, style: Style, _locale: Locale) -> Option<String> {
        let style = style.options();
        if style.iter().any(|(k, _)| *k == "timeStyle")
            && !style.iter().any(|(k, _)| *k == "dateStyle")
        {
            return rfc3339.get(11..16).map(str::to_owned);
        }
        rfc3339.get(..10).map(str::to_owned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_fall_in_cldrs_plural_categories() {
        // The same cases as the browser test `plural_words_follow_the_browsers_rules`.
        for (locale, n, expected) in [
            (Locale::En, 1.0, Plural::One),
            (Locale::En, 0.0, Plural::Other),
            (Locale::Fr, 0.0, Plural::One),
            (Locale::Fr, 2.0, Plural::Other),
            (Locale::It, 1_000_000.0, Plural::Many),
            (Locale::De, 1_000_000.0, Plural::Other),
            (Locale::Es, 21.0, Plural::Other),
        ] {
            assert_eq!(plural(locale, n), expected, "{locale:?} {n}");
        }
        assert_eq!((Locale::Fr.messages().complaints().hours)(0), "0 heure");
        assert_eq!(
            (Locale::It.messages().complaints().photos_count)(1),
            "1 foto"
        );
        assert_eq!(
            (Locale::En.messages().complaints().photos_attached)(2),
            "2 photos attached"
        );
    }

    #[test]
    fn fallback_money_formats_minor_units() {
        assert_eq!(money(1850, "EUR", Locale::It), "18.50 EUR");
        assert_eq!(money(-5, "EUR", Locale::En), "-0.05 EUR");
        assert_eq!(
            money(i64::MIN, "EUR", Locale::En),
            "-92233720368547758.08 EUR"
        );
        assert_eq!(money(100, "eur<script>", Locale::En), "1.00 eur<script>");
    }

    #[test]
    fn fallback_date_needs_a_date() {
        assert_eq!(
            date("2026-11-18T10:24:00Z", Locale::It).as_deref(),
            Some("2026-11-18")
        );
        assert_eq!(date("yesterday", Locale::It), None);
        assert_eq!(date("", Locale::It), None);
        assert_eq!(date("2026-11-1", Locale::It), None);
        assert_eq!(
            styled("2026-11-18T10:24:00Z", Style::Time, Locale::En).as_deref(),
            Some("10:24")
        );
    }

    #[test]
    fn windows_collapse_to_one_day() {
        let w = |from: &str, to: &str| sportello_contract::DateWindow {
            from: from.into(),
            to: to.into(),
        };
        assert_eq!(
            window(
                &w("2026-11-18T08:00:00Z", "2026-11-18T20:00:00Z"),
                Locale::En
            )
            .as_deref(),
            Some("2026-11-18")
        );
        assert_eq!(
            window(
                &w("2026-11-18T08:00:00Z", "2026-11-20T20:00:00Z"),
                Locale::En
            )
            .as_deref(),
            Some("2026-11-18 – 2026-11-20")
        );
        assert_eq!(
            window(&w("junk", "2026-11-20T20:00:00Z"), Locale::En).as_deref(),
            Some("2026-11-20")
        );
        assert_eq!(window(&w("2026-11-18T08:00:00Z", "junk"), Locale::En), None);
    }
}
