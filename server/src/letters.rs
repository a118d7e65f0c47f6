//! The e-mails and messages the server writes, from one pair of templates
//! (`server/templates/letter.txt` and `letter.html`, minijinja: the HTML part escapes every
//! value, the shop's texts included) and the catalogues of `words.rs`, in the customer's
//! language (the five the widget speaks; English for any other).
//!
//! Each letter is a title and a few blocks (a sentence, a labelled line, a code, a quote), a
//! button to the full page (`--public-url`, with the order number in the fragment, never the
//! e-mail or a token), the shop's name, and a footer saying why it came, with the one-click
//! unsubscribe for notifications the customer asked for. SMS and WhatsApp get the short form:
//! the shop, the subject, the page.

use jiff::{tz::TimeZone, Timestamp};
use minijinja::{context, Environment};
use serde::Serialize;
use sportello_contract::{Delay, Goodwill, OrderSummary};

use crate::{
    notices::Notice,
    words::{text, Arg},
};

/// One message: subject, plain text, HTML, and the short form for SMS and WhatsApp.
#[derive(Debug, Clone)]
pub struct Letter {
    pub subject: String,
    pub text: String,
    pub html: String,
    pub short: String,
}

/// What every letter of the shop shares: who writes, where its full page is, its time zone and
/// language, and whether every delay is told to every customer (`--notify-all-delays`).
#[derive(Debug, Clone)]
pub struct Letterhead {
    pub shop: String,
    /// The server's public address (`--public-url`), without a trailing `/`.
    pub public_url: Option<String>,
    pub time_zone: String,
    pub default_locale: String,
    pub notify_all_delays: bool,
}

impl Letterhead {
    /// The full page with the order number in the fragment: the widget fills it in.
    pub fn order_url(&self, number: &str) -> Option<String> {
        let number: String = url::form_urlencoded::byte_serialize(number.as_bytes()).collect();
        self.public_url
            .as_ref()
            .map(|u| format!("{u}/widget/#sportello-order={number}"))
    }

    /// The full page, where a complaint is opened by its reference and e-mail.
    pub fn complaint_url(&self) -> Option<String> {
        self.public_url.as_ref().map(|u| format!("{u}/widget/"))
    }

    /// The one-click unsubscribe of a subscription (RFC 8058).
    pub fn unsubscribe_url(&self, token: &str) -> Option<String> {
        self.public_url
            .as_ref()
            .map(|u| format!("{u}/notifications/unsubscribe/{token}"))
    }
}

/// The language of a letter: the customer's, if the widget speaks it.
pub fn language(locale: Option<&str>) -> &'static str {
    let tag = locale.unwrap_or("").to_ascii_lowercase();
    ["it", "de", "fr", "es"]
        .into_iter()
        .find(|l| tag == *l || tag.starts_with(&format!("{l}-")))
        .unwrap_or("en")
}

const DAYS: [[&str; 7]; 5] = [
    [
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ],
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ],
    [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ],
    [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ],
];

const MONTHS: [[&str; 12]; 5] = [
    [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
];

fn index(language: &str) -> usize {
    match language {
        "it" => 0,
        "de" => 2,
        "fr" => 3,
        "es" => 4,
        _ => 1,
    }
}

fn zoned(at: &str, time_zone: &str) -> Option<jiff::Zoned> {
    Some(
        at.parse::<Timestamp>()
            .ok()?
            .to_zoned(TimeZone::get(time_zone).ok()?),
    )
}

/// A day as the customer reads it, in the shop's time zone: "giovedì 3 dicembre".
pub fn day(at: &str, time_zone: &str, language: &str) -> Option<String> {
    let zoned = zoned(at, time_zone)?;
    let i = index(language);
    let weekday = DAYS[i][zoned.weekday().to_monday_zero_offset() as usize];
    let month = MONTHS[i][zoned.month() as usize - 1];
    let d = zoned.day();
    Some(match language {
        "de" => format!("{weekday}, {d}. {month}"),
        "es" => format!("{weekday} {d} de {month}"),
        _ => format!("{weekday} {d} {month}"),
    })
}

/// A day inside a sentence ("on Thursday 3 December", "am Donnerstag, 3. Dezember").
fn on_day(day: &str, language: &str) -> String {
    match language {
        "en" => format!("on {day}"),
        "de" => format!("am {day}"),
        "fr" | "es" => format!("{} {day}", if language == "fr" { "le" } else { "el" }),
        _ => day.to_owned(),
    }
}

/// A window of days inside a sentence: one day, or "between … and …".
fn on_window(from: &str, to: &str, time_zone: &str, language: &str) -> Option<String> {
    let first = day(from, time_zone, language)?;
    let last = day(to, time_zone, language)?;
    if first == last {
        return Some(on_day(&first, language));
    }
    let (between, and) = match language {
        "it" => ("tra", "e"),
        "de" => ("zwischen", "und"),
        "fr" => ("entre", "et"),
        "es" => ("entre", "y"),
        _ => ("between", "and"),
    };
    let article = |d: &str| match language {
        "fr" => format!("le {d}"),
        "es" => format!("el {d}"),
        _ => d.to_owned(),
    };
    Some(format!(
        "{between} {} {and} {}",
        article(&first),
        article(&last)
    ))
}

/// A moment as the customer reads it, in the shop's time zone: "giovedì 3 dicembre, alle 15:00".
pub fn moment(at: &str, time_zone: &str, language: &str) -> Option<String> {
    let zoned = zoned(at, time_zone)?;
    let day = day(at, time_zone, language)?;
    let (h, m) = (zoned.hour(), zoned.minute());
    Some(match language {
        "de" => format!("{day}, {h:02}:{m:02} Uhr"),
        "fr" => format!("{day} à {h:02} h {m:02}"),
        "es" => format!("{day}, a las {h:02}:{m:02}"),
        "it" => format!("{day}, alle {h:02}:{m:02}"),
        _ => format!("{day} at {h:02}:{m:02}"),
    })
}

/// An amount in minor units, as the customer reads it: "€19.90", "19,90 €".
pub fn money(minor: i64, currency: &str, language: &str) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let (units, cents) = (minor.unsigned_abs() / 100, minor.unsigned_abs() % 100);
    let symbol = match currency {
        "EUR" => "€",
        "GBP" => "£",
        "USD" => "$",
        other => other,
    };
    let (group, decimal) = match language {
        "en" => (',', '.'),
        "fr" => ('\u{202f}', ','),
        _ => ('.', ','),
    };
    let digits = units.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let number = format!("{sign}{grouped}{decimal}{cents:02}");
    if language == "en" {
        format!("{symbol}{number}")
    } else {
        format!("{number} {symbol}")
    }
}

/// One part of a letter's body.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Block {
    pub label: Option<String>,
    pub text: String,
    /// A code to type or quote (a reference, a voucher): monospace and strong.
    pub code: bool,
    /// Someone's own words, set apart.
    pub quote: bool,
}

impl Block {
    fn says(text: String) -> Block {
        Block {
            text,
            ..Block::default()
        }
    }

    fn labelled(label: String, text: String) -> Block {
        Block {
            label: Some(label),
            text,
            ..Block::default()
        }
    }

    fn code(label: String, text: String) -> Block {
        Block {
            code: true,
            ..Block::labelled(label, text)
        }
    }

    fn quote(label: Option<String>, text: String) -> Block {
        Block {
            label,
            text,
            quote: true,
            ..Block::default()
        }
    }
}

/// A link with its words.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub text: String,
    pub url: String,
}

/// What a letter says, before it is written out.
struct Draft {
    language: &'static str,
    subject: String,
    title: Option<String>,
    blocks: Vec<Block>,
    link: Option<Link>,
    footer: Vec<String>,
    unsubscribe: Option<Link>,
    /// What an SMS or WhatsApp message says after the subject.
    short: Option<String>,
}

fn environment() -> &'static Environment<'static> {
    static ENV: std::sync::OnceLock<Environment<'static>> = std::sync::OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        // `.html` templates escape what they are given; `.txt` ones are plain text.
        env.add_template("letter.txt", include_str!("../templates/letter.txt"))
            .expect("a valid template");
        env.add_template("letter.html", include_str!("../templates/letter.html"))
            .expect("a valid template");
        env
    })
}

fn write(draft: Draft, shop: &str) -> Letter {
    let values = context! {
        lang => draft.language,
        subject => &draft.subject,
        hello => text(draft.language, "mail-hello", &[]),
        title => &draft.title,
        blocks => &draft.blocks,
        link => &draft.link,
        shop,
        footer => &draft.footer,
        unsubscribe => &draft.unsubscribe,
    };
    let render = |name: &str| {
        environment()
            .get_template(name)
            .and_then(|t| t.render(&values))
            .unwrap_or_else(|error| {
                tracing::error!(%error, name, "a letter did not render");
                String::new()
            })
    };
    let short = [
        Some(format!("{shop}: {}", draft.subject)),
        draft.short.clone(),
        draft.link.as_ref().map(|l| l.url.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join("\n");
    Letter {
        text: render("letter.txt"),
        html: render("letter.html"),
        subject: draft.subject,
        short,
    }
}

/// The confirmation of a complaint: its reference, the honest reply-by time in the shop's time
/// zone, and the page to follow it.
pub fn complaint_received(
    locale: Option<&str>,
    letterhead: &Letterhead,
    reference: &str,
    latest_at: &str,
) -> Letter {
    let lang = language(locale);
    let when =
        moment(latest_at, &letterhead.time_zone, lang).unwrap_or_else(|| latest_at.to_owned());
    let blocks = vec![
        Block::says(text(lang, "mail-received-text", &[])),
        Block::code(
            text(lang, "mail-reference-label", &[]),
            reference.to_owned(),
        ),
        Block::says(text(lang, "mail-reply-by", &[("when", Arg::Text(&when))])),
    ];
    let link = letterhead.complaint_url().map(|url| Link {
        text: text(lang, "mail-open-complaint", &[]),
        url,
    });
    let mut blocks = blocks;
    if link.is_some() {
        blocks.push(Block::says(text(lang, "mail-follow", &[])));
    }
    write(
        Draft {
            language: lang,
            subject: text(
                lang,
                "mail-received-subject",
                &[("reference", Arg::Text(reference))],
            ),
            title: None,
            blocks,
            link,
            footer: vec![],
            unsubscribe: None,
            short: None,
        },
        &letterhead.shop,
    )
}

/// What the shop wrote on a complaint, sent to the customer: an answer, a question (the
/// complaint then waits for the customer), or the resolution with the invitation to rate it.
pub fn complaint_update(
    locale: Option<&str>,
    letterhead: &Letterhead,
    reference: &str,
    author: Option<&str>,
    words: &str,
    status: sportello_contract::ComplaintStatus,
) -> Letter {
    use sportello_contract::ComplaintStatus;
    let lang = language(locale);
    let reference_arg = [("reference", Arg::Text(reference))];
    let subject = match status {
        ComplaintStatus::Resolved => text(lang, "mail-resolved-subject", &reference_arg),
        ComplaintStatus::WaitingForCustomer => text(lang, "mail-waiting-subject", &reference_arg),
        _ => text(lang, "mail-answer-subject", &reference_arg),
    };
    let author = author
        .filter(|a| !a.trim().is_empty())
        .unwrap_or(&letterhead.shop);
    let mut blocks = vec![
        Block::quote(
            Some(text(
                lang,
                "mail-answer-intro",
                &[("author", Arg::Text(author))],
            )),
            words.to_owned(),
        ),
        Block::code(
            text(lang, "mail-reference-label", &[]),
            reference.to_owned(),
        ),
    ];
    blocks.push(Block::says(text(
        lang,
        if status == ComplaintStatus::Resolved {
            "mail-resolved-rate"
        } else {
            "mail-answer-reply"
        },
        &[],
    )));
    write(
        Draft {
            language: lang,
            subject,
            title: None,
            blocks,
            link: letterhead.complaint_url().map(|url| Link {
                text: text(lang, "mail-open-complaint", &[]),
                url,
            }),
            footer: vec![],
            unsubscribe: None,
            short: None,
        },
        &letterhead.shop,
    )
}

/// The blocks that tell a delay: why (in the widget's words), on whose side, the apology, the
/// shop's own words, what it is doing, the new date, and the voucher.
fn delay_blocks(
    lang: &'static str,
    delay: &Delay,
    refund: bool,
    currency: &str,
    time_zone: &str,
) -> Vec<Block> {
    let reason = format!("{:?}", delay.reason);
    let side = format!("{:?}", delay.side);
    let mut blocks = vec![
        Block::says(text(
            lang,
            "tracking-reason-explanation",
            &[("reason", Arg::Text(&reason))],
        )),
        Block::labelled(
            text(lang, "tracking-side-label", &[]),
            text(lang, "tracking-side-name", &[("side", Arg::Text(&side))]),
        ),
        Block::says(text(
            lang,
            if refund {
                "tracking-sorry-refund"
            } else {
                "tracking-sorry"
            },
            &[],
        )),
    ];
    if let Some(message) = delay.message.as_deref().filter(|m| !m.trim().is_empty()) {
        blocks.push(Block::quote(
            Some(text(lang, "tracking-shop-says", &[])),
            message.trim().to_owned(),
        ));
    }
    let action = delay
        .action
        .as_deref()
        .filter(|a| !a.trim().is_empty())
        .map(|a| a.trim().to_owned())
        .unwrap_or_else(|| text(lang, "mail-default-action", &[]));
    blocks.push(Block::labelled(
        text(lang, "tracking-what-we-do", &[]),
        action,
    ));
    if !refund {
        match delay
            .new_estimate
            .as_ref()
            .and_then(|w| on_window(&w.from, &w.to, time_zone, lang).map(|_| w))
        {
            Some(window) => {
                let date = window_text(&window.from, &window.to, time_zone, lang);
                blocks.push(Block::says(text(
                    lang,
                    "tracking-new-estimate",
                    &[("date", Arg::Text(&date))],
                )));
            }
            None => blocks.push(Block::says(text(lang, "mail-no-new-date", &[]))),
        }
    }
    if let Some(goodwill) = &delay.goodwill {
        blocks.extend(voucher_blocks(lang, goodwill, currency, time_zone));
    }
    blocks
}

/// A window of days standing alone: "giovedì 3 dicembre" or "giovedì 3 dicembre – venerdì 4
/// dicembre".
pub(crate) fn window_text(from: &str, to: &str, time_zone: &str, lang: &str) -> String {
    let first = day(from, time_zone, lang).unwrap_or_else(|| from.to_owned());
    let last = day(to, time_zone, lang).unwrap_or_else(|| to.to_owned());
    if first == last {
        first
    } else {
        format!("{first} – {last}")
    }
}

fn voucher_blocks(
    lang: &'static str,
    goodwill: &Goodwill,
    currency: &str,
    time_zone: &str,
) -> Vec<Block> {
    let what = match (goodwill.percent, goodwill.amount) {
        (Some(percent), _) => text(
            lang,
            "tracking-voucher-percent",
            &[("percent", Arg::Number(i64::from(percent)))],
        ),
        (None, Some(amount)) => {
            let amount = money(amount, currency, lang);
            text(
                lang,
                "tracking-voucher-amount",
                &[("amount", Arg::Text(&amount))],
            )
        }
        (None, None) => String::new(),
    };
    let mut blocks = Vec::new();
    let mut details = vec![what];
    if let Some(conditions) = goodwill
        .conditions
        .as_deref()
        .filter(|c| !c.trim().is_empty())
    {
        details.push(conditions.trim().to_owned());
    }
    if let Some(date) = goodwill
        .expires_at
        .as_deref()
        .and_then(|at| day(at, time_zone, lang))
    {
        details.push(text(
            lang,
            "tracking-voucher-expires",
            &[("date", Arg::Text(&date))],
        ));
    }
    details.retain(|d| !d.is_empty());
    blocks.push(Block::labelled(
        text(lang, "tracking-voucher-title", &[]),
        details.join(" · "),
    ));
    blocks.push(Block::code(
        text(lang, "tracking-voucher-code-label", &[]),
        goodwill.code.clone(),
    ));
    blocks
}

/// A notice about an order, as a letter in `lang`; `None` when what it was about is gone.
/// `unsubscribe` is the one-click link of a subscriber; `service` marks a delay told to a
/// customer who did not ask (`--notify-all-delays`).
pub fn order_notice(
    lang: &'static str,
    notice: &Notice,
    order: &OrderSummary,
    letterhead: &Letterhead,
    unsubscribe: Option<&str>,
    service: bool,
) -> Option<Letter> {
    let number = order.number.as_str();
    let number_arg = [("number", Arg::Text(number))];
    let tz = letterhead.time_zone.as_str();
    let parcel = |id: &str| order.shipments.iter().find(|s| s.id == id);
    let refund = |id: &str| order.refunds.iter().find(|r| r.id == id);
    let (subject, title, blocks) = match notice {
        Notice::Delay {
            shipment,
            refund: refund_id,
        } => {
            let (delay, title, refund_late) = match (shipment, refund_id) {
                (_, Some(id)) => (
                    refund(id)?.delay.as_ref()?,
                    text(lang, "tracking-late-refund-title", &[]),
                    true,
                ),
                (Some(id), None) => {
                    let position = order.shipments.iter().position(|s| &s.id == id)?;
                    let total = order.shipments.len() as i64;
                    (
                        parcel(id)?.delay.as_ref()?,
                        text(
                            lang,
                            "tracking-late-parcel-title",
                            &[
                                ("index", Arg::Number(position as i64 + 1)),
                                ("total", Arg::Number(total)),
                            ],
                        ),
                        false,
                    )
                }
                (None, None) => (
                    order.delay.as_ref()?,
                    text(lang, "tracking-late-order-title", &[]),
                    false,
                ),
            };
            let subject = if refund_late {
                text(lang, "mail-refund-late-subject", &number_arg)
            } else {
                text(lang, "mail-delay-subject", &number_arg)
            };
            let blocks = delay_blocks(lang, delay, refund_late, &order.currency, tz);
            (subject, Some(title), blocks)
        }
        Notice::Voucher {
            shipment,
            refund: refund_id,
        } => {
            let delay = match (shipment, refund_id) {
                (_, Some(id)) => refund(id)?.delay.as_ref()?,
                (Some(id), None) => parcel(id)?.delay.as_ref()?,
                (None, None) => order.delay.as_ref()?,
            };
            let goodwill = delay.goodwill.as_ref()?;
            let mut blocks = vec![Block::says(text(lang, "mail-voucher-text", &[]))];
            blocks.extend(voucher_blocks(lang, goodwill, &order.currency, tz));
            (
                text(lang, "mail-voucher-subject", &number_arg),
                None,
                blocks,
            )
        }
        Notice::Estimate { shipment } => {
            let parcel = parcel(shipment)?;
            let window = parcel.estimated_delivery.as_ref()?;
            let date = on_window(&window.from, &window.to, tz, lang)?;
            (
                text(lang, "mail-estimate-subject", &number_arg),
                None,
                vec![Block::says(text(
                    lang,
                    "mail-estimate-text",
                    &[
                        ("carrier", Arg::Text(&parcel.carrier)),
                        ("date", Arg::Text(&date)),
                    ],
                ))],
            )
        }
        Notice::Delivered { shipment } => {
            let parcel = parcel(shipment)?;
            let at = parcel
                .delivered_at
                .as_deref()
                .and_then(|at| day(at, tz, lang))
                .map(|d| on_day(&d, lang))
                .unwrap_or_default();
            (
                text(lang, "mail-delivered-subject", &number_arg),
                None,
                vec![Block::says(
                    text(
                        lang,
                        "mail-delivered-text",
                        &[
                            ("carrier", Arg::Text(&parcel.carrier)),
                            ("date", Arg::Text(&at)),
                        ],
                    )
                    .replace(" .", "."),
                )],
            )
        }
        Notice::RefundIssued { refund: id } => {
            let refund = refund(id)?;
            let amount = money(refund.amount, &order.currency, lang);
            let method = format!("{:?}", refund.method);
            let method = text(
                lang,
                "tracking-refund-method-name",
                &[("method", Arg::Text(&method))],
            );
            let mut blocks = vec![Block::says(text(
                lang,
                "mail-refund-issued-text",
                &[
                    ("amount", Arg::Text(&amount)),
                    ("method", Arg::Text(&method)),
                ],
            ))];
            if let Some(date) = refund
                .expected_by
                .as_deref()
                .and_then(|at| day(at, tz, lang))
            {
                let date = on_day(&date, lang);
                blocks.push(Block::says(text(
                    lang,
                    "mail-refund-expected",
                    &[("date", Arg::Text(&date))],
                )));
            }
            (
                text(lang, "mail-refund-issued-subject", &number_arg),
                None,
                blocks,
            )
        }
    };
    // The short form: the shop's own words on a delay, else the first sentence.
    let short = match notice {
        Notice::Delay { .. } => blocks
            .iter()
            .find(|b| b.quote)
            .or(blocks.first())
            .map(|b| b.text.clone()),
        _ => blocks.first().map(|b| b.text.clone()),
    };
    let footer = vec![text(
        lang,
        if service {
            "mail-why-service"
        } else {
            "mail-why-subscribed"
        },
        &number_arg,
    )];
    Some(write(
        Draft {
            language: lang,
            subject,
            title,
            blocks,
            link: letterhead.order_url(number).map(|url| Link {
                text: text(lang, "mail-open-order", &number_arg),
                url,
            }),
            footer,
            unsubscribe: unsubscribe.map(|url| Link {
                text: text(lang, "mail-unsubscribe", &[]),
                url: url.to_owned(),
            }),
            short,
        },
        &letterhead.shop,
    ))
}
