//! Help answers edited in the desk, per complaint topic and per language: what the widget shows
//! a customer who picked that topic, before they write (`help.rs`).

use axum::{
    body::Bytes,
    extract::{Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use minijinja::{context, Value};
use serde::Deserialize;
use sportello_contract::{ComplaintTopic, HelpAnswer};

use super::{agent, language, options, page, same, staff::Agent, to_sign_in, topic_name, words};
use crate::{
    complaints::store::code,
    words::{text, Arg, LANGUAGES},
    AppState,
};

/// Most answers per topic and language, longest title and text (characters).
const ANSWERS_MAX: usize = 8;
const TITLE_MAX: usize = 120;
const BODY_MAX: usize = 2000;

#[derive(Debug, Clone, Deserialize)]
pub(super) struct Which {
    #[serde(default)]
    topic: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    saved: Option<String>,
}

/// The topic and language asked for, or the first topic and the desk's language.
fn which(which: &Which, lang: &str) -> (String, String) {
    let topic = Some(which.topic.clone())
        .filter(|t| ComplaintTopic::from_code(t) != ComplaintTopic::Unknown)
        .unwrap_or_else(|| code(ComplaintTopic::ALL[0]));
    let language = Some(which.language.clone())
        .filter(|l| LANGUAGES.contains(&l.as_str()))
        .unwrap_or_else(|| lang.to_owned());
    (topic, language)
}

/// `GET /desk/help?topic=…&language=…`
pub(super) async fn help_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(asked): Query<Which>,
) -> Response {
    let Some(agent) = agent(&state, &headers).await else {
        return to_sign_in();
    };
    let lang = language(&headers);
    let (topic, language) = which(&asked, lang);
    let (t, l) = (topic.clone(), language.clone());
    let Ok(answers) = state
        .read(move |conn| Ok(crate::help::for_topic(conn, &t, &l)?))
        .await
    else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let done = asked.saved.map(|_| text(lang, "desk-help-saved", &[]));
    render(
        &state,
        &agent,
        lang,
        StatusCode::OK,
        &topic,
        &language,
        answers,
        done,
        None,
    )
}

#[allow(clippy::too_many_arguments)]
fn render(
    state: &AppState,
    agent: &Agent,
    lang: &'static str,
    status: StatusCode,
    topic: &str,
    language: &str,
    answers: Vec<HelpAnswer>,
    done: Option<String>,
    error: Option<String>,
) -> Response {
    let language_name = |l: &str| text(lang, "desk-language-name", &[("language", Arg::Text(l))]);
    let rows: Vec<serde_json::Value> = answers
        .iter()
        .enumerate()
        .map(|(i, a)| {
            serde_json::json!({
                "index": i, "number": i + 1, "id": a.id, "title": a.title, "body": a.body,
            })
        })
        .collect();
    page(
        status,
        "desk/help.html",
        context! {
            lang, shop => &state.config.shop_name, w => words(lang),
            title => text(lang, "desk-help-title", &[]),
            agent => &agent.email, csrf => &agent.csrf,
            topic, language,
            heading => text(lang, "desk-help-heading", &[
                ("topic", Arg::Text(&topic_name(lang, topic))),
                ("language", Arg::Text(&language_name(language))),
            ]),
            topics => options(&ComplaintTopic::ALL, code, |c| topic_name(lang, c)),
            languages => Value::from_serialize(LANGUAGES.iter().map(|l| serde_json::json!({"value": l, "label": language_name(l)})).collect::<Vec<_>>()),
            answers => Value::from_serialize(&rows),
            room => rows.len() < ANSWERS_MAX,
            done, error,
        },
    )
}

/// `POST /desk/help`: the answers of one topic in one language, as the form has them (a ticked
/// "remove" drops one; the blank one at the end adds one).
pub(super) async fn save_help(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(agent) = agent(&state, &headers).await else {
        return to_sign_in();
    };
    let lang = language(&headers);
    let (mut asked, mut csrf) = (
        Which {
            topic: String::new(),
            language: String::new(),
            saved: None,
        },
        String::new(),
    );
    // Per row: id, title, text, removed.
    let mut rows: Vec<(String, String, String, bool)> = vec![Default::default(); ANSWERS_MAX + 1];
    for (key, value) in url::form_urlencoded::parse(&body) {
        let value = value.into_owned();
        match key.as_ref() {
            "topic" => asked.topic = value,
            "language" => asked.language = value,
            "csrf" => csrf = value,
            other => {
                let Some((field, index)) = other.rsplit_once('_') else {
                    continue;
                };
                let Some(row) = index.parse::<usize>().ok().and_then(|i| rows.get_mut(i)) else {
                    continue;
                };
                match field {
                    "id" => row.0 = value,
                    "title" => row.1 = value,
                    "body" => row.2 = value,
                    "remove" => row.3 = true,
                    _ => {}
                }
            }
        }
    }
    let (topic, language) = which(&asked, lang);
    let kept: Vec<HelpAnswer> = rows
        .into_iter()
        .filter(|(_, title, body, removed)| {
            let blank = title.trim().is_empty() && body.trim().is_empty();
            !(*removed || blank)
        })
        .map(|(id, title, body, _)| HelpAnswer {
            id: if id.is_empty() || id.len() > 64 {
                format!("a-{}", crate::db::random_hex(6))
            } else {
                id
            },
            title: title.trim().to_owned(),
            body: body.trim().replace("\r\n", "\n"),
            link: None,
        })
        .collect();
    let error = if !same(&agent.csrf, &csrf) {
        Some((StatusCode::FORBIDDEN, text(lang, "desk-form-expired", &[])))
    } else if kept.len() > ANSWERS_MAX {
        Some((
            StatusCode::UNPROCESSABLE_ENTITY,
            text(
                lang,
                "desk-help-too-many",
                &[("max", Arg::Number(ANSWERS_MAX as i64))],
            ),
        ))
    } else {
        kept.iter().enumerate().find_map(|(i, a)| {
            let (title, body) = (a.title.chars().count(), a.body.chars().count());
            let bad = title == 0 || body == 0 || title > TITLE_MAX || body > BODY_MAX;
            bad.then(|| {
                (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    text(
                        lang,
                        "desk-help-incomplete",
                        &[
                            ("number", Arg::Number(i as i64 + 1)),
                            ("title", Arg::Number(TITLE_MAX as i64)),
                            ("body", Arg::Number(BODY_MAX as i64)),
                        ],
                    ),
                )
            })
        })
    };
    if let Some((status, error)) = error {
        return render(
            &state,
            &agent,
            lang,
            status,
            &topic,
            &language,
            kept,
            None,
            Some(error),
        );
    }
    let (t, l) = (topic.clone(), language.clone());
    if state
        .with_db(move |conn| Ok(crate::help::replace(conn, &t, &l, &kept)?))
        .await
        .is_err()
    {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    tracing::info!(topic, language, "help answers changed from the desk");
    Redirect::to(&format!(
        "/desk/help?topic={topic}&language={language}&saved=1"
    ))
    .into_response()
}
