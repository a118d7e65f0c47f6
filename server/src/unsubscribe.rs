//! The one-click unsubscribe of the notification e-mails (RFC 8058), at
//! `/notifications/unsubscribe/{token}`: the `List-Unsubscribe` header and the link at the foot
//! of every e-mail point here. A mail client POSTs (`List-Unsubscribe=One-Click`) and the
//! subscription ends. A person who follows the link GETs a page in their language asking to
//! confirm with one button, a plain HTML form: no JavaScript, and a link scanner that fetches
//! every URL of an e-mail unsubscribes no one.

use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{Html, IntoResponse, Response},
    routing::get,
    Router,
};
use minijinja::{context, Environment};

use crate::{
    letters, notices,
    words::{text, Arg},
    AppState,
};

pub(crate) fn routes(state: AppState) -> Router {
    Router::new()
        .route("/notifications/unsubscribe/{token}", get(ask).post(confirm))
        .with_state(state)
}

/// A token is 32 hex digits; anything else is not looked up.
fn plausible(token: &str) -> bool {
    token.len() == 32 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The language of a page for someone whose subscription is unknown: their browser's.
fn browser_language(headers: &HeaderMap) -> &'static str {
    let first = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split([',', ';']).next())
        .map(str::trim);
    letters::language(first)
}

/// The subscriber's language, or the shop's when they named none (as their e-mails were).
fn subscriber_language(state: &AppState, locale: Option<&str>) -> &'static str {
    letters::language(locale.or(Some(state.letterhead.default_locale.as_str())))
}

struct Page<'a> {
    lang: &'static str,
    title: String,
    message: String,
    /// The form's target, when the page asks to confirm.
    action: Option<&'a str>,
}

fn page(state: &AppState, status: StatusCode, page: Page) -> Response {
    let mut env = Environment::new();
    env.add_template(
        "unsubscribe.html",
        include_str!("../templates/unsubscribe.html"),
    )
    .expect("a valid template");
    let html = env
        .get_template("unsubscribe.html")
        .and_then(|t| {
            t.render(context! {
                lang => page.lang,
                shop => &state.config.shop_name,
                title => page.title,
                message => page.message,
                ask => page.action.is_some(),
                action => page.action,
                button => text(page.lang, "unsubscribe-button", &[]),
            })
        })
        .unwrap_or_default();
    let mut response = (status, Html(html)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // The token is in the address: never passed on.
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    response
}

fn unknown(state: &AppState, lang: &'static str) -> Response {
    page(
        state,
        StatusCode::NOT_FOUND,
        Page {
            lang,
            title: text(lang, "unsubscribe-title-unknown", &[]),
            message: text(lang, "unsubscribe-unknown", &[]),
            action: None,
        },
    )
}

/// `GET`: what the link opens: the question and one button.
async fn ask(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    let fallback = browser_language(&headers);
    if !plausible(&token) {
        return unknown(&state, fallback);
    }
    let lookup = token.clone();
    let found = state
        .read(move |conn| Ok(notices::subscription_by_token(conn, &lookup)?))
        .await;
    match found {
        Ok(Some((number, locale))) => {
            let lang = subscriber_language(&state, locale.as_deref());
            let action = format!("/notifications/unsubscribe/{token}");
            page(
                &state,
                StatusCode::OK,
                Page {
                    lang,
                    title: text(lang, "unsubscribe-title", &[("number", Arg::Text(&number))]),
                    message: text(lang, "unsubscribe-ask", &[]),
                    action: Some(&action),
                },
            )
        }
        Ok(None) => unknown(&state, fallback),
        Err(problem) => problem.into_response(),
    }
}

/// `POST`: the mail client's one click, or the page's button. Ends the subscription.
async fn confirm(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    let fallback = browser_language(&headers);
    if !plausible(&token) {
        return unknown(&state, fallback);
    }
    let ended = state
        .with_db(move |conn| {
            let found = notices::subscription_by_token(conn, &token)?;
            if found.is_some() {
                notices::unsubscribe(conn, &token)?;
            }
            Ok(found)
        })
        .await;
    match ended {
        Ok(Some((number, locale))) => {
            let lang = subscriber_language(&state, locale.as_deref());
            tracing::info!("a customer stopped the notifications of an order");
            page(
                &state,
                StatusCode::OK,
                Page {
                    lang,
                    title: text(lang, "unsubscribe-title", &[("number", Arg::Text(&number))]),
                    message: text(lang, "unsubscribe-done", &[]),
                    action: None,
                },
            )
        }
        Ok(None) => unknown(&state, fallback),
        Err(problem) => problem.into_response(),
    }
}
