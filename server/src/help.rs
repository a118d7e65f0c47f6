//! Help before a complaint: `GET /v1/help?topic=…` with the shop's answers per complaint topic
//! and language (kept in the database, edited in the desk's "Help answers"; a new database
//! starts with the ones below in Italian and English),
//! `POST /v1/help/feedback` recording whether an answer solved the problem, and the deflection
//! counts per topic for `GET /admin/help/stats`.

use axum::{
    body::Bytes,
    extract::{
        rejection::{BytesRejection, QueryRejection},
        Query, State,
    },
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Extension, Json, Router,
};
use rusqlite::{params, Connection};
use serde::Deserialize;
use serde_json::Value;
use sportello_contract::{
    ComplaintTopic, HelpAnswer, HelpAnswers, HelpFeedback, Problem, ProblemType, ID_MAX_CHARS,
};

use crate::{
    complaints::{code, decode, json_object, stamp},
    edge::json_post,
    problem::{invalid, param},
    ApiProblem, AppState,
};

/// The help routes, relative to `/v1`.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/help", get(get_help))
        .route("/help/feedback", json_post(feedback))
}

#[derive(Deserialize)]
struct HelpQuery {
    #[serde(default)]
    topic: Option<String>,
    #[serde(default)]
    locale: Option<String>,
}

/// `GET /v1/help?topic=…&locale=…`
async fn get_help(
    State(state): State<AppState>,
    query: Result<Query<HelpQuery>, QueryRejection>,
) -> Result<Response, ApiProblem> {
    let Query(query) = query.map_err(|_| {
        ApiProblem::from(
            Problem::new(ProblemType::MalformedRequest)
                .with_detail("The query must be ?topic=…&locale=…, each at most once."),
        )
    })?;
    let topic = ComplaintTopic::from_code(query.topic.as_deref().unwrap_or(""));
    if topic == ComplaintTopic::Unknown {
        return Err(invalid(vec![param(
            "topic",
            "must be one of the complaint topics",
        )]));
    }
    let locale = query
        .locale
        .unwrap_or_else(|| state.config.default_locale.clone());
    let fallback = state.config.default_locale.clone();
    let answers = state
        .read(move |conn| Ok(answers(conn, topic, &locale, &fallback)?))
        .await?;
    Ok((
        [(
            header::CACHE_CONTROL,
            HeaderValue::from_static("max-age=300"),
        )],
        Json(HelpAnswers { topic, answers }),
    )
        .into_response())
}

/// `POST /v1/help/feedback`
async fn feedback(
    State(state): State<AppState>,
    peer: Option<Extension<crate::client::ClientAddr>>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    if let Err(limited) = state.writes.allow(&crate::ratelimit::client_key(peer), 0) {
        return Ok(limited.into_response());
    }
    let value = json_object(body)?;
    let feedback: HelpFeedback = decode(&value, &["topic", "solved"])?;
    if feedback.topic == ComplaintTopic::Unknown {
        return Err(invalid(vec![param(
            "topic",
            "must be one of the complaint topics",
        )]));
    }
    if let Some(id) = &feedback.answer_id {
        let mut problems = Vec::new();
        if crate::complaints::too_long("answer_id", id, ID_MAX_CHARS, &mut problems) {
            return Err(invalid(problems));
        }
    }
    // An answer the shop has since removed (or never had) still counts for its topic; only
    // answers the shop knows are recorded by id.
    let at = stamp(state.now());
    state
        .with_db(move |conn| {
            let answer_id = match feedback.answer_id {
                Some(id) if exists(conn, &id)? => Some(id),
                _ => None,
            };
            Ok(record_feedback(
                conn,
                feedback.topic,
                answer_id.as_deref(),
                feedback.solved,
                &at,
            )?)
        })
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `GET /admin/help/stats`: deflection counts per topic.
pub(crate) async fn stats(State(state): State<AppState>) -> Result<Response, ApiProblem> {
    let stats = state.with_db(|conn| Ok(load_stats(conn)?)).await?;
    Ok(Json(stats).into_response())
}

fn record_feedback(
    conn: &Connection,
    topic: ComplaintTopic,
    answer_id: Option<&str>,
    solved: bool,
    at: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO help_feedback (topic, answer_id, solved, at) VALUES (?1, ?2, ?3, ?4)",
        params![code(topic), answer_id, solved, at],
    )?;
    Ok(())
}

fn load_stats(conn: &Connection) -> rusqlite::Result<Vec<Value>> {
    let mut statement = conn.prepare(
        "SELECT topic, SUM(solved), SUM(1 - solved) FROM help_feedback GROUP BY topic ORDER BY topic",
    )?;
    let rows = statement.query_map([], |r| {
        Ok(serde_json::json!({
            "topic": r.get::<_, String>(0)?,
            "solved": r.get::<_, i64>(1)?,
            "not_solved": r.get::<_, i64>(2)?,
        }))
    })?;
    rows.collect()
}

struct Entry {
    id: &'static str,
    topic: ComplaintTopic,
    it: (&'static str, &'static str),
    en: (&'static str, &'static str),
}

const ENTRIES: &[Entry] = &[
    Entry {
        id: "late-where",
        topic: ComplaintTopic::LateDelivery,
        it: (
            "Dov'è il mio pacco?",
            "Cerca l'ordine qui sopra con il numero e l'e-mail: vedi l'ultima scansione del corriere, la nuova data prevista e, se c'è un ritardo, il motivo e cosa stiamo facendo.\n\nSe il corriere non dà notizie da più di tre giorni lavorativi lo sollecitiamo noi, senza che tu debba chiedere.",
        ),
        en: (
            "Where is my parcel?",
            "Look your order up above with its number and e-mail: you will see the carrier's latest scan, the new expected date and, if anything is late, why and what we are doing about it.\n\nIf the carrier has been silent for more than three working days we chase it ourselves, without you having to ask.",
        ),
    },
    Entry {
        id: "late-missed",
        topic: ComplaintTopic::LateDelivery,
        it: (
            "Il corriere è passato mentre ero fuori",
            "Di solito il corriere riprova il giorno lavorativo successivo oppure lascia il pacco al punto di ritiro più vicino: l'avviso nella cassetta della posta dice quale. Cerca l'ordine qui sopra: se il pacco aspetta te, vedi dove ritirarlo, i suoi orari e fino a quando e, dove il negozio lo consente, puoi chiedere un altro giorno di consegna o correggere l'indirizzo.",
        ),
        en: (
            "The courier came while I was out",
            "The courier usually tries again the next working day or leaves the parcel at the nearest pickup point: the card in your letterbox says which. Look your order up above: if the parcel is waiting for you, you will see where to collect it, its opening hours and until when, and, where the shop offers it, you can ask for another delivery day or correct the address.",
        ),
    },
    Entry {
        id: "damaged-photos",
        topic: ComplaintTopic::DamagedItem,
        it: (
            "Un articolo è arrivato danneggiato",
            "Ci dispiace. Scrivici qui sotto e allega una o due foto dell'articolo e dell'imballo: ci bastano per mandarti subito un sostituto o rimborsarti, senza rispedire nulla.",
        ),
        en: (
            "An item arrived damaged",
            "We are sorry. Write to us below and add one or two photos of the item and its packaging: that is all we need to send a replacement or refund you at once, with nothing to send back.",
        ),
    },
    Entry {
        id: "wrong-return",
        topic: ComplaintTopic::WrongItem,
        it: (
            "Ho ricevuto l'articolo sbagliato",
            "Tieni l'articolo che hai ricevuto finché non ti rispondiamo: ti mandiamo quello giusto e un'etichetta di reso prepagata. Non devi anticipare nulla.",
        ),
        en: (
            "I received the wrong item",
            "Keep the item you received until we reply: we send you the right one and a prepaid return label. You pay nothing upfront.",
        ),
    },
    Entry {
        id: "missing-split",
        topic: ComplaintTopic::MissingItem,
        it: (
            "Manca un articolo nel pacco",
            "Gli ordini con più articoli a volte partono in più pacchi: nella pagina dell'ordine vedi quali articoli sono in ciascun pacco. Se un articolo non compare in nessun pacco, scrivici.",
        ),
        en: (
            "An item is missing from the parcel",
            "Orders with several items sometimes ship in more than one parcel: the order page shows which items are in each parcel. If an item is in none of them, write to us.",
        ),
    },
    Entry {
        id: "refund-timing",
        topic: ComplaintTopic::RefundNotReceived,
        it: (
            "Quando arriva il rimborso?",
            "Emettiamo il rimborso entro 2 giorni lavorativi da quando il reso ci arriva. La banca poi impiega da 3 a 10 giorni lavorativi per accreditarlo; con PayPal di solito è immediato. Nella pagina dell'ordine vedi la data in cui l'abbiamo emesso.",
        ),
        en: (
            "When will my refund arrive?",
            "We issue a refund within 2 working days of receiving the return. Your bank then takes 3 to 10 working days to credit it; PayPal is usually instant. The order page shows the date we issued it.",
        ),
    },
    Entry {
        id: "expected-return",
        topic: ComplaintTopic::NotAsExpected,
        it: (
            "Il prodotto non è come me lo aspettavo",
            "Puoi restituirlo entro 30 giorni dalla consegna, anche se lo hai aperto: il reso è gratuito. Se invece pensi che la descrizione fosse sbagliata, scrivici: vogliamo correggerla.",
        ),
        en: (
            "The product is not what I expected",
            "You can return it within 30 days of delivery, even if opened: returns are free. If you think the description was wrong, write to us: we want to correct it.",
        ),
    },
    Entry {
        id: "service-listen",
        topic: ComplaintTopic::PoorService,
        it: (
            "Non sei stato trattato bene",
            "Ci dispiace davvero. Raccontaci cosa è successo e quando: legge ogni segnalazione la responsabile del servizio clienti, non la persona coinvolta.",
        ),
        en: (
            "You were not treated well",
            "We are truly sorry. Tell us what happened and when: every report is read by the head of customer service, not by the person involved.",
        ),
    },
];

/// The language of the answers asked for with `locale`: its primary subtag.
fn language_of(locale: &str) -> String {
    locale
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The answers for a topic in the customer's language; in the shop's when it has none in theirs,
/// then in English.
fn answers(
    conn: &Connection,
    topic: ComplaintTopic,
    locale: &str,
    default_locale: &str,
) -> rusqlite::Result<Vec<HelpAnswer>> {
    for language in [
        language_of(locale),
        language_of(default_locale),
        "en".into(),
    ] {
        let found = for_topic(conn, &code(topic), &language)?;
        if !found.is_empty() {
            return Ok(found);
        }
    }
    Ok(Vec::new())
}

/// The answers of one topic in one language, in their order.
pub(crate) fn for_topic(
    conn: &Connection,
    topic: &str,
    language: &str,
) -> rusqlite::Result<Vec<HelpAnswer>> {
    let mut stmt = conn.prepare(
        "SELECT id, title, body FROM help_answers WHERE topic = ?1 AND language = ?2
         ORDER BY position, id",
    )?;
    let rows = stmt.query_map(params![topic, language], |r| {
        Ok(HelpAnswer {
            id: r.get(0)?,
            title: r.get(1)?,
            body: r.get(2)?,
            link: None,
        })
    })?;
    rows.collect()
}

/// Puts `answers` in the place of a topic's answers in one language.
pub(crate) fn replace(
    conn: &mut Connection,
    topic: &str,
    language: &str,
    answers: &[HelpAnswer],
) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    tx.execute(
        "DELETE FROM help_answers WHERE topic = ?1 AND language = ?2",
        params![topic, language],
    )?;
    for (position, answer) in answers.iter().enumerate() {
        tx.execute(
            "INSERT INTO help_answers (id, language, topic, position, title, body)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                answer.id,
                language,
                topic,
                position as i64,
                answer.title,
                answer.body
            ],
        )?;
    }
    tx.commit()
}

/// Whether an answer id exists, in any language.
fn exists(conn: &Connection, id: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM help_answers WHERE id = ?1)",
        params![id],
        |r| r.get(0),
    )
}

/// The first answers of a new database: those the server used to have built in.
pub(crate) fn seed(conn: &Connection) -> rusqlite::Result<()> {
    for (position, entry) in ENTRIES.iter().enumerate() {
        for (language, (title, body)) in [("it", entry.it), ("en", entry.en)] {
            conn.execute(
                "INSERT OR IGNORE INTO help_answers (id, language, topic, position, title, body)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    entry.id,
                    language,
                    code(entry.topic),
                    position as i64,
                    title,
                    body
                ],
            )?;
        }
    }
    Ok(())
}

/// Answers the server once seeded that promised what the widget does not have, with what they
/// say now; each is replaced only where the shop has not edited it (`late-missed` promised "the
/// link to rearrange the delivery").
const AMENDED: &[(&str, &str, &str)] = &[
    ("late-missed", "it", "Di solito il corriere riprova il giorno lavorativo successivo oppure lascia il pacco al punto di ritiro più vicino: l'avviso nella cassetta della posta dice quale. Nella pagina dell'ordine trovi il link per riprogrammare la consegna."),
    ("late-missed", "en", "The courier usually tries again the next working day or leaves the parcel at the nearest pickup point: the card in your letterbox says which. The order page has the link to rearrange the delivery."),
];

/// Replaces, in a database seeded before, the [`AMENDED`] answers nobody edited.
pub(crate) fn amend(conn: &Connection) -> rusqlite::Result<usize> {
    let mut changed = 0;
    for (id, language, old) in AMENDED {
        let Some(entry) = ENTRIES.iter().find(|e| e.id == *id) else {
            continue;
        };
        let body = if *language == "it" {
            entry.it.1
        } else {
            entry.en.1
        };
        changed += conn.execute(
            "UPDATE help_answers SET body = ?1 WHERE id = ?2 AND language = ?3 AND body = ?4",
            params![body, id, language, old],
        )?;
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Help never promises a link, a button or a page the widget does not have.
    #[test]
    fn no_answer_promises_a_link() {
        for entry in ENTRIES {
            for (_, body) in [entry.it, entry.en] {
                assert!(!body.contains("link"), "{}: {body}", entry.id);
            }
        }
    }

    #[test]
    fn an_old_answer_is_amended_unless_the_shop_edited_it() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE help_answers (id TEXT, language TEXT, topic TEXT, position INTEGER,
             title TEXT, body TEXT)",
        )
        .unwrap();
        for (id, language, old) in AMENDED {
            conn.execute(
                "INSERT INTO help_answers VALUES (?1, ?2, 'late_delivery', 1, 't', ?3)",
                params![id, language, old],
            )
            .unwrap();
        }
        conn.execute(
            "UPDATE help_answers SET body = 'Our own words' WHERE language = 'en'",
            [],
        )
        .unwrap();
        assert_eq!(amend(&conn).unwrap(), 1);
        let bodies: Vec<String> = conn
            .prepare("SELECT body FROM help_answers ORDER BY language")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(bodies[0], "Our own words");
        assert!(bodies[1].contains("un altro giorno di consegna"));
    }
}
