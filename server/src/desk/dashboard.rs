//! The desk's dashboard: how fast the shop really answers (the figures the widget promises),
//! what is open and overdue, complaints by topic and status, how often a help answer solved the
//! problem before a complaint was written, and what customers said when they rated.

use axum::{
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};
use minijinja::{context, Value};
use sportello_contract::{ComplaintStatus, ComplaintTopic};

use super::{agent, language, page, store, to_sign_in, topic_name, words};
use crate::{
    complaints, office,
    words::{text, Arg},
    AppState,
};

/// Minutes as staff read them: "45 min", "3 h", "1 h 30 min".
fn duration(lang: &str, minutes: u32) -> String {
    text(
        lang,
        "desk-duration",
        &[
            ("hours", Arg::Number(i64::from(minutes / 60))),
            ("minutes", Arg::Number(i64::from(minutes % 60))),
        ],
    )
}

/// `GET /desk/dashboard`
pub(super) async fn dashboard(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(agent) = agent(&state, &headers).await else {
        return to_sign_in();
    };
    let lang = language(&headers);
    let now = state.now();
    let since = complaints::stamp(now - time::Duration::days(office::MEASURED_DAYS));
    let found = state
        .read(move |conn| {
            let board = store::dashboard(conn, &since)?;
            let open = store::inbox(conn, &store::Filter::default())?;
            let answered = complaints::store::first_replies(conn, &since)?.len();
            Ok((board, open, answered))
        })
        .await;
    let Ok((board, open, answered)) = found else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let stamp = complaints::stamp(now);
    let overdue = open
        .iter()
        .filter(|r| r.latest_at.as_deref().is_some_and(|at| at < stamp.as_str()))
        .count();
    let figures = state.office.figures();
    let (median, p90) = (duration(lang, figures.median), duration(lang, figures.p90));
    let replies = if figures.answered > 0 {
        text(
            lang,
            "desk-figures-measured",
            &[
                ("median", Arg::Text(&median)),
                ("p90", Arg::Text(&p90)),
                ("count", Arg::Number(i64::from(figures.answered))),
            ],
        )
    } else {
        text(
            lang,
            "desk-figures-configured",
            &[
                ("median", Arg::Text(&median)),
                ("p90", Arg::Text(&p90)),
                ("count", Arg::Number(answered as i64)),
                ("needed", Arg::Number(office::MEASURED_AT_LEAST as i64)),
            ],
        )
    };
    let open_summary = text(
        lang,
        "desk-open-summary",
        &[
            ("count", Arg::Number(open.len() as i64)),
            ("overdue", Arg::Number(overdue as i64)),
        ],
    );

    const STATUSES: [ComplaintStatus; 5] = [
        ComplaintStatus::Received,
        ComplaintStatus::InProgress,
        ComplaintStatus::WaitingForCustomer,
        ComplaintStatus::Resolved,
        ComplaintStatus::Closed,
    ];
    let status_codes: Vec<String> = STATUSES
        .iter()
        .map(|s| complaints::store::code(*s))
        .collect();
    let topics: Vec<serde_json::Value> = ComplaintTopic::ALL
        .iter()
        .map(|t| complaints::store::code(*t))
        .filter_map(|topic| {
            let counts: Vec<i64> = status_codes
                .iter()
                .map(|status| {
                    board
                        .by_topic
                        .iter()
                        .filter(|(t, s, _)| *t == topic && s == status)
                        .map(|(_, _, n)| n)
                        .sum()
                })
                .collect();
            let total: i64 = counts.iter().sum();
            (total > 0).then(|| {
                serde_json::json!({"topic": topic_name(lang, &topic), "counts": counts, "total": total})
            })
        })
        .collect();
    let help: Vec<serde_json::Value> = board
        .help
        .iter()
        .map(|(topic, solved, not_solved)| {
            let shown = solved + not_solved;
            serde_json::json!({
                "topic": topic_name(lang, topic),
                "solved": solved,
                "not_solved": not_solved,
                "rate": if shown > 0 { solved * 100 / shown } else { 0 },
            })
        })
        .collect();
    let rated: i64 = board.ratings.iter().sum();
    let average = if rated > 0 {
        let sum: i64 = board
            .ratings
            .iter()
            .enumerate()
            .map(|(i, n)| (i as i64 + 1) * n)
            .sum();
        let tenths = (sum * 10 + rated / 2) / rated;
        text(
            lang,
            "desk-ratings-average",
            &[
                (
                    "average",
                    Arg::Text(&format!(
                        "{}{}{}",
                        tenths / 10,
                        if lang == "it" { "," } else { "." },
                        tenths % 10
                    )),
                ),
                ("count", Arg::Number(rated)),
            ],
        )
    } else {
        text(lang, "desk-ratings-none", &[])
    };
    let ratings: Vec<serde_json::Value> = (1..=5)
        .rev()
        .map(|score| {
            serde_json::json!({
                "label": text(lang, "desk-score", &[("score", Arg::Number(score))]),
                "count": board.ratings[(score - 1) as usize],
            })
        })
        .collect();
    let comments: Vec<serde_json::Value> = board
        .comments
        .iter()
        .map(|(score, comment, reference)| {
            serde_json::json!({"score": score, "comment": comment, "reference": reference})
        })
        .collect();
    let outcomes: Vec<serde_json::Value> = board
        .outcomes
        .iter()
        .map(|(outcome, n)| {
            serde_json::json!({
                "outcome": text(lang, "desk-resolution-name", &[("resolution", Arg::Text(outcome))]),
                "count": n,
            })
        })
        .collect();
    page(
        StatusCode::OK,
        "desk/dashboard.html",
        context! {
            lang, shop => &state.config.shop_name, w => words(lang),
            title => text(lang, "desk-dashboard-title", &[]),
            agent => &agent.email, csrf => &agent.csrf,
            replies, open_summary, overdue,
            statuses => Value::from_serialize(STATUSES.iter().map(|s| super::status_name(lang, &complaints::store::code(*s))).collect::<Vec<_>>()),
            topics => Value::from_serialize(&topics),
            help => Value::from_serialize(&help),
            average, ratings => Value::from_serialize(&ratings),
            comments => Value::from_serialize(&comments),
            outcomes => Value::from_serialize(&outcomes),
        },
    )
}
