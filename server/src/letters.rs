//! The e-mails the server writes, from templates (`server/templates/`, minijinja: the HTML part
//! escapes every value, the shop's texts included), in the customer's language (the five the
//! widget speaks; English for any other).
//!
//! So far: the confirmation of a complaint, with its reference and the reply-by time.

use jiff::{tz::TimeZone, Timestamp};
use minijinja::{context, Environment};

/// One e-mail: subject, plain text and HTML.
#[derive(Debug, Clone)]
pub struct Letter {
    pub subject: String,
    pub text: String,
    pub html: String,
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    // `.html` templates escape what they are given; `.txt` ones are plain text.
    env.add_template(
        "complaint_received.txt",
        include_str!("../templates/complaint_received.txt"),
    )
    .expect("a valid template");
    env.add_template(
        "complaint_received.html",
        include_str!("../templates/complaint_received.html"),
    )
    .expect("a valid template");
    env
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

/// A moment as the customer reads it, in the shop's time zone: "giovedì 3 dicembre, 15:00".
pub fn moment(at: &str, time_zone: &str, language: &str) -> Option<String> {
    let zoned = at
        .parse::<Timestamp>()
        .ok()?
        .to_zoned(TimeZone::get(time_zone).ok()?);
    let i = index(language);
    let day = DAYS[i][zoned.weekday().to_monday_zero_offset() as usize];
    let month = MONTHS[i][zoned.month() as usize - 1];
    let (d, h, m) = (zoned.day(), zoned.hour(), zoned.minute());
    Some(match language {
        "de" => format!("{day}, {d}. {month}, {h:02}:{m:02} Uhr"),
        "fr" => format!("{day} {d} {month} à {h:02} h {m:02}"),
        "es" => format!("{day} {d} de {month}, a las {h:02}:{m:02}"),
        "it" => format!("{day} {d} {month}, alle {h:02}:{m:02}"),
        _ => format!("{day} {d} {month} at {h:02}:{m:02}"),
    })
}

/// The words of the complaint confirmation, per language: subject, greeting, what happened,
/// the reference's label, the reply-by sentence (with `{when}`), the follow-up sentence.
fn received_words(language: &str) -> [&'static str; 6] {
    match language {
        "it" => [
            "Abbiamo ricevuto il tuo reclamo {reference}",
            "Buongiorno,",
            "abbiamo ricevuto il tuo reclamo e lo stiamo già guardando.",
            "Il tuo codice",
            "Ti rispondiamo entro {when} al più tardi.",
            "Per seguire il reclamo o aggiungere qualcosa, apri questa pagina con il codice e questo indirizzo e-mail:",
        ],
        "de" => [
            "Wir haben Ihre Reklamation {reference} erhalten",
            "Guten Tag,",
            "wir haben Ihre Reklamation erhalten und kümmern uns bereits darum.",
            "Ihre Referenz",
            "Wir antworten Ihnen spätestens am {when}.",
            "Um Ihre Reklamation zu verfolgen oder etwas zu ergänzen, öffnen Sie diese Seite mit der Referenz und dieser E-Mail-Adresse:",
        ],
        "fr" => [
            "Nous avons bien reçu votre réclamation {reference}",
            "Bonjour,",
            "nous avons bien reçu votre réclamation et nous l’examinons déjà.",
            "Votre référence",
            "Nous vous répondons au plus tard le {when}.",
            "Pour suivre votre réclamation ou ajouter quelque chose, ouvrez cette page avec la référence et cette adresse e-mail :",
        ],
        "es" => [
            "Hemos recibido tu reclamación {reference}",
            "Hola:",
            "hemos recibido tu reclamación y ya la estamos revisando.",
            "Tu referencia",
            "Te responderemos como muy tarde el {when}.",
            "Para seguir tu reclamación o añadir algo, abre esta página con la referencia y este correo electrónico:",
        ],
        _ => [
            "We've received your complaint {reference}",
            "Hello,",
            "we've received your complaint and we're already looking at it.",
            "Your reference",
            "We'll reply by {when} at the latest.",
            "To follow your complaint or add something, open this page with the reference and this e-mail address:",
        ],
    }
}

/// The confirmation of a complaint: its reference, the honest reply-by time in the shop's time
/// zone, and the page to follow it (`link`, never with the e-mail or a token in it).
pub fn complaint_received(
    locale: Option<&str>,
    shop: &str,
    reference: &str,
    latest_at: &str,
    time_zone: &str,
    link: Option<&str>,
) -> Letter {
    let lang = language(locale);
    let words = received_words(lang);
    let when = moment(latest_at, time_zone, lang).unwrap_or_else(|| latest_at.to_owned());
    let w = context! {
        hello => words[1],
        received => words[2],
        reference_label => words[3],
        reply_by => words[4].replace("{when}", &when),
        follow => words[5],
    };
    let env = environment();
    let values = context! { w, lang, shop, reference, link };
    let render = |name: &str| {
        env.get_template(name)
            .and_then(|t| t.render(&values))
            .unwrap_or_default()
    };
    Letter {
        subject: words[0].replace("{reference}", reference),
        text: render("complaint_received.txt"),
        html: render("complaint_received.html"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_confirmation_in_italian_escapes_the_shops_words_in_html() {
        let letter = complaint_received(
            Some("it"),
            "Bottega <b>Aurora</b>",
            "RC-4Q7K-2M9P",
            "2026-12-03T14:00:00Z",
            "Europe/Rome",
            Some("https://shop.example/assistenza"),
        );
        assert_eq!(
            letter.subject,
            "Abbiamo ricevuto il tuo reclamo RC-4Q7K-2M9P"
        );
        assert!(
            letter
                .text
                .contains("Ti rispondiamo entro giovedì 3 dicembre, alle 15:00 al più tardi."),
            "{}",
            letter.text
        );
        assert!(
            letter.text.contains("Bottega <b>Aurora</b>"),
            "plain text stays as written"
        );
        assert!(
            letter.html.contains("Bottega &lt;b&gt;Aurora&lt;") && !letter.html.contains("<b>"),
            "{}",
            letter.html
        );
        assert!(letter.html.contains("<html lang=\"it\">"));
    }

    #[test]
    fn any_other_language_gets_english() {
        assert_eq!(language(Some("pt-BR")), "en");
        assert_eq!(language(Some("de-AT")), "de");
        assert_eq!(
            moment("2026-12-03T14:00:00Z", "Europe/Berlin", "de").as_deref(),
            Some("Donnerstag, 3. Dezember, 15:00 Uhr")
        );
    }
}
