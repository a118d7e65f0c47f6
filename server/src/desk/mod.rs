//! The shop's desk at `/desk/`: staff sign in and answer complaints.
//!
//! Server-rendered pages (minijinja, `server/templates/desk/`) with plain forms and no
//! JavaScript, in Italian or English (the browser's language). Nothing of the desk answers
//! without a session: a random token in a cookie that is `HttpOnly`, `SameSite=Strict`, scoped to
//! `/desk` and `Secure` behind `https`, which ends after two idle hours or twelve in all. Every
//! form carries the session's CSRF token (the sign-in form a token of its own, in a cookie as
//! well), checked in constant time. Failed sign-ins are limited per address and per client.
//! The customer API never reads the desk's cookie, and the desk never takes a customer's token.

mod dashboard;
mod delays;
mod help;
mod hours;
pub mod staff;
mod store;

use std::time::{Duration, Instant};

use axum::{
    extract::{DefaultBodyLimit, Path, Query, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{Html, IntoResponse, Redirect, Response},
    routing::{get, post},
    Extension, Form, Router,
};
use minijinja::{context, Environment, Value};
use serde::Deserialize;
use sportello_contract::{
    ComplaintStatus, ComplaintTopic, ContactChannel, DesiredResolution, UpdateAuthor, UpdateChannel,
};

use crate::{
    client::ClientAddr,
    complaints::{self, ShopUpdate},
    db, letters,
    ratelimit::{client_key, RateLimiter},
    words::{text, Arg},
    AppState,
};

const SESSION: &str = "sportello_desk";
const SIGN_IN_CSRF: &str = "sportello_desk_csrf";
/// Failed sign-ins allowed per address, and per client, in [`ATTEMPT_WINDOW`].
const ATTEMPTS_PER_ACCOUNT: u32 = 5;
const ATTEMPTS_PER_CLIENT: u32 = 20;
const ATTEMPT_WINDOW: Duration = Duration::from_secs(15 * 60);

/// Failed sign-ins, per account and per client.
pub(crate) struct Attempts {
    accounts: RateLimiter,
    clients: RateLimiter,
}

impl Attempts {
    pub(crate) fn new() -> Attempts {
        Attempts {
            accounts: RateLimiter::new(ATTEMPTS_PER_ACCOUNT, ATTEMPT_WINDOW),
            clients: RateLimiter::new(ATTEMPTS_PER_CLIENT, ATTEMPT_WINDOW),
        }
    }
}

pub(crate) fn routes(state: AppState) -> Router {
    Router::new()
        .route("/desk", get(|| async { Redirect::permanent("/desk/") }))
        .route("/desk/", get(inbox))
        .route("/desk/sign-in", get(sign_in_page).post(sign_in))
        .route("/desk/sign-out", post(sign_out))
        .route("/desk/complaints/{reference}", get(complaint_page))
        .route("/desk/complaints/{reference}/{action}", post(act))
        .route("/desk/complaints/{reference}/photos/{id}", get(photo))
        .route("/desk/delays", get(delays::queue))
        .route("/desk/dashboard", get(dashboard::dashboard))
        .route("/desk/help", get(help::help_page).post(help::save_help))
        .route(
            "/desk/office-hours",
            get(hours::hours_page).post(hours::save_hours),
        )
        .route("/desk/delays/explain", post(delays::explain))
        .layer(DefaultBodyLimit::max(64 * 1024))
        .with_state(state)
}

/// The desk's language: Italian for an Italian browser, English otherwise.
fn language(headers: &HeaderMap) -> &'static str {
    let first = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split([',', ';']).next())
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if first == "it" || first.starts_with("it-") {
        "it"
    } else {
        "en"
    }
}

/// The words the templates use as `w.<name>`: `desk-<name>` with `-` for `_`.
fn words(lang: &str) -> Value {
    const NAMES: &[&str] = &[
        "desk",
        "nav",
        "skip",
        "inbox",
        "sign_out",
        "email",
        "password",
        "sign_in",
        "status",
        "topic",
        "channel",
        "all",
        "filter",
        "inbox_caption",
        "reply_by",
        "reference",
        "order",
        "overdue",
        "wants",
        "items",
        "contact",
        "language",
        "order_as_seen",
        "timeline",
        "act",
        "answer",
        "answered_on",
        "send_answer",
        "ask",
        "send_ask",
        "outcome",
        "resolution_words",
        "resolve",
        "photos_heading",
        "voucher_heading",
        "voucher_note",
        "give_voucher",
        "delays",
        "carrier",
        "shipped_day",
        "delays_caption",
        "delays_caption_filtered",
        "explain_it",
        "finding",
        "estimate",
        "explain_heading",
        "pasted",
        "pasted_hint",
        "reason",
        "choose",
        "side",
        "message",
        "action_words",
        "new_date",
        "voucher",
        "voucher_code",
        "voucher_amount",
        "voucher_percent",
        "explain",
        "dashboard",
        "reply_times",
        "open_now",
        "see_overdue",
        "ratings",
        "by_topic",
        "total",
        "no_complaints",
        "help_answers",
        "solved",
        "not_solved",
        "deflection",
        "no_help",
        "outcomes",
        "comments",
        "office_hours",
        "hours_intro",
        "week",
        "week_caption",
        "day",
        "opens",
        "closes",
        "opens_again",
        "closes_again",
        "holidays",
        "holidays_hint",
        "time_zone",
        "time_zone_hint",
        "save_hours",
        "help",
        "help_intro",
        "help_none",
        "help_answer",
        "help_question",
        "help_text",
        "help_remove",
        "help_new",
        "help_save",
    ];
    Value::from_iter(NAMES.iter().map(|name| {
        (
            *name,
            text(lang, &format!("desk-{}", name.replace('_', "-")), &[]),
        )
    }))
}

fn environment() -> &'static Environment<'static> {
    static ENV: std::sync::OnceLock<Environment<'static>> = std::sync::OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        for (name, source) in [
            (
                "desk/layout.html",
                include_str!("../../templates/desk/layout.html"),
            ),
            (
                "desk/signin.html",
                include_str!("../../templates/desk/signin.html"),
            ),
            (
                "desk/inbox.html",
                include_str!("../../templates/desk/inbox.html"),
            ),
            (
                "desk/complaint.html",
                include_str!("../../templates/desk/complaint.html"),
            ),
            (
                "desk/delays.html",
                include_str!("../../templates/desk/delays.html"),
            ),
            (
                "desk/dashboard.html",
                include_str!("../../templates/desk/dashboard.html"),
            ),
            (
                "desk/hours.html",
                include_str!("../../templates/desk/hours.html"),
            ),
            (
                "desk/help.html",
                include_str!("../../templates/desk/help.html"),
            ),
        ] {
            env.add_template(name, source).expect("a valid template");
        }
        env
    })
}

/// A page of the desk, with the headers every page has.
fn page(status: StatusCode, template: &str, values: Value) -> Response {
    let mut response = match environment()
        .get_template(template)
        .and_then(|t| t.render(values))
    {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, template, "a desk page did not render");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    response
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

/// A cookie of the desk; `max_age` 0 removes it.
fn set_cookie(state: &AppState, name: &str, value: &str, max_age: i64) -> HeaderValue {
    let secure = state
        .letterhead
        .public_url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://"));
    let text = format!(
        "{name}={value}; Path=/desk; Max-Age={max_age}; HttpOnly; SameSite=Strict{}",
        if secure { "; Secure" } else { "" }
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The agent of the request's session, if it has one still open.
async fn agent(state: &AppState, headers: &HeaderMap) -> Option<staff::Agent> {
    let token = cookie(headers, SESSION)?;
    let now = state.now().unix_timestamp();
    state
        .with_db(move |conn| Ok(staff::session(conn, &token, now)?))
        .await
        .ok()
        .flatten()
}

/// Where a request without a session goes.
fn to_sign_in() -> Response {
    Redirect::to("/desk/sign-in").into_response()
}

fn same(a: &str, b: &str) -> bool {
    db::constant_time_eq(a.as_bytes(), b.as_bytes())
}

#[derive(Deserialize)]
struct SignInQuery {
    #[serde(default)]
    ended: Option<String>,
}

/// `GET /desk/sign-in`
async fn sign_in_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<SignInQuery>,
) -> Response {
    if agent(&state, &headers).await.is_some() {
        return Redirect::to("/desk/").into_response();
    }
    let lang = language(&headers);
    let error = query.ended.map(|_| text(lang, "desk-session-ended", &[]));
    sign_in_form(&state, lang, StatusCode::OK, error, "")
}

fn sign_in_form(
    state: &AppState,
    lang: &'static str,
    status: StatusCode,
    error: Option<String>,
    email: &str,
) -> Response {
    let csrf = db::random_hex(16);
    let mut response = page(
        status,
        "desk/signin.html",
        context! {
            lang, shop => &state.config.shop_name, w => words(lang),
            title => text(lang, "desk-sign-in-title", &[]),
            csrf, error, email,
        },
    );
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(state, SIGN_IN_CSRF, &csrf, 3600),
    );
    response
}

#[derive(Deserialize)]
struct SignIn {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
}

/// `POST /desk/sign-in`
async fn sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    peer: Option<Extension<ClientAddr>>,
    Form(form): Form<SignIn>,
) -> Response {
    let lang = language(&headers);
    let email = form.email.trim().to_lowercase();
    let shown: String = email.chars().take(254).collect();
    let expected = cookie(&headers, SIGN_IN_CSRF).unwrap_or_default();
    if expected.is_empty() || !same(&expected, &form.csrf) {
        let error = Some(text(lang, "desk-form-expired", &[]));
        return sign_in_form(&state, lang, StatusCode::FORBIDDEN, error, &shown);
    }
    let (client, account, now) = (
        format!("client:{}", client_key(peer)),
        format!("account:{email}"),
        Instant::now(),
    );
    let attempts = &state.desk_attempts;
    if let Err(wait) = attempts
        .accounts
        .check(&account, now)
        .and(attempts.clients.check(&client, now))
    {
        let minutes = wait.div_ceil(60).max(1) as i64;
        let error = Some(text(
            lang,
            "desk-sign-in-limited",
            &[("minutes", Arg::Number(minutes))],
        ));
        let mut response = sign_in_form(&state, lang, StatusCode::TOO_MANY_REQUESTS, error, &shown);
        if let Ok(value) = HeaderValue::from_str(&wait.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        return response;
    }
    let (who, password) = (email.clone(), form.password);
    // Argon2 on a reader, so that the writer is not held while it works.
    let verified = state
        .read(move |conn| Ok(staff::verify(conn, &who, &password)?))
        .await
        .ok()
        .flatten();
    let Some(id) = verified else {
        let _ = attempts.accounts.hit(&account, now);
        let _ = attempts.clients.hit(&client, now);
        tracing::warn!("a desk sign-in failed");
        let error = Some(text(lang, "desk-sign-in-wrong", &[]));
        return sign_in_form(&state, lang, StatusCode::UNAUTHORIZED, error, &shown);
    };
    let at = state.now().unix_timestamp();
    let Ok(token) = state
        .with_db(move |conn| Ok(staff::open_session(conn, id, at)?))
        .await
    else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    tracing::info!("a staff member signed in to the desk");
    let mut response = Redirect::to("/desk/").into_response();
    let headers = response.headers_mut();
    headers.append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION, &token, staff::ABSOLUTE_SECONDS),
    );
    headers.append(header::SET_COOKIE, set_cookie(&state, SIGN_IN_CSRF, "", 0));
    response
}

#[derive(Deserialize)]
struct Csrf {
    #[serde(default)]
    csrf: String,
}

/// `POST /desk/sign-out`
async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<Csrf>,
) -> Response {
    let Some(agent) = agent(&state, &headers).await else {
        return to_sign_in();
    };
    if !same(&agent.csrf, &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    if let Some(token) = cookie(&headers, SESSION) {
        let _ = state
            .with_db(move |conn| Ok(staff::close_session(conn, &token)?))
            .await;
    }
    let mut response = Redirect::to("/desk/sign-in").into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, set_cookie(&state, SESSION, "", 0));
    response
}

/// An option of a `<select>`.
fn options<T: Copy>(
    all: &[T],
    code: impl Fn(T) -> String,
    label: impl Fn(&str) -> String,
) -> Value {
    Value::from_serialize(
        all.iter()
            .map(|v| {
                let value = code(*v);
                let label = label(&value);
                serde_json::json!({"value": value, "label": label})
            })
            .collect::<Vec<_>>(),
    )
}

fn status_name(lang: &str, code: &str) -> String {
    text(lang, "desk-status-name", &[("status", Arg::Text(code))])
}

fn topic_name(lang: &str, code: &str) -> String {
    text(lang, "desk-topic-name", &[("topic", Arg::Text(code))])
}

fn contact_name(lang: &str, code: &str) -> String {
    text(lang, "desk-contact-name", &[("channel", Arg::Text(code))])
}

/// A moment as staff read it, in the shop's time zone.
fn when(state: &AppState, at: &str, lang: &str) -> String {
    letters::moment(at, &state.letterhead.time_zone, lang).unwrap_or_else(|| at.to_owned())
}

/// `GET /desk/`: the open complaints, the nearest promise first.
async fn inbox(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(filter): Query<store::Filter>,
) -> Response {
    let Some(agent) = agent(&state, &headers).await else {
        return to_sign_in();
    };
    let lang = language(&headers);
    let wanted = filter.clone();
    let Ok(rows) = state
        .read(move |conn| Ok(store::inbox(conn, &wanted)?))
        .await
    else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let now = state.now();
    let now = complaints::stamp(now);
    let overdue = rows
        .iter()
        .filter(|r| r.latest_at.as_deref().is_some_and(|at| at < now.as_str()))
        .count();
    let shown: Vec<_> = rows
        .iter()
        .map(|r| {
            serde_json::json!({
                "reference": r.reference,
                "topic": topic_name(lang, &r.topic),
                "status": status_name(lang, &r.status),
                "channel": contact_name(lang, &r.channel),
                "order": r.order.clone().unwrap_or_else(|| text(lang, "desk-no-order", &[])),
                "reply_by": r.latest_at.as_deref().map_or_else(
                    || text(lang, "desk-no-reply-owed", &[]),
                    |at| when(&state, at, lang),
                ),
                "overdue": r.latest_at.as_deref().is_some_and(|at| at < now.as_str()),
            })
        })
        .collect();
    let summary = text(
        lang,
        "desk-summary",
        &[
            ("count", Arg::Number(rows.len() as i64)),
            ("overdue", Arg::Number(overdue as i64)),
        ],
    );
    page(
        StatusCode::OK,
        "desk/inbox.html",
        context! {
            lang, shop => &state.config.shop_name, w => words(lang),
            title => text(lang, "desk-inbox-title", &[]),
            agent => agent.email, csrf => agent.csrf,
            rows => Value::from_serialize(&shown), summary, filter,
            statuses => options(
                &[ComplaintStatus::Received, ComplaintStatus::InProgress, ComplaintStatus::WaitingForCustomer],
                complaints::store::code, |c| status_name(lang, c)),
            topics => options(&ComplaintTopic::ALL, complaints::store::code, |c| topic_name(lang, c)),
            channels => options(&ContactChannel::ALL, complaints::store::code, |c| contact_name(lang, c)),
        },
    )
}

#[derive(Deserialize)]
struct Done {
    #[serde(default)]
    done: Option<String>,
}

/// `GET /desk/complaints/{reference}`
async fn complaint_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(reference): Path<String>,
    Query(done): Query<Done>,
) -> Response {
    let Some(agent) = agent(&state, &headers).await else {
        return to_sign_in();
    };
    let lang = language(&headers);
    let done = done.done.and_then(|d| match d.as_str() {
        "answer-email" | "answer" | "ask" | "resolve" | "voucher" => {
            Some(text(lang, &format!("desk-done-{d}"), &[]))
        }
        _ => None,
    });
    complaint_view(
        &state,
        &agent,
        lang,
        &reference,
        done,
        None,
        StatusCode::OK,
        &[],
    )
    .await
}

/// The order in the shopper's words: its status, each parcel with its carrier, status and
/// estimate, and what a delay says.
fn order_as_seen(state: &AppState, lang: &str, o: &sportello_contract::OrderSummary) -> Value {
    let tz = state.letterhead.time_zone.as_str();
    let status = format!("{:?}", o.status);
    let mut lines: Vec<String> = Vec::new();
    for s in &o.shipments {
        let mut line = format!(
            "{} · {}",
            s.carrier,
            text(
                lang,
                "tracking-shipment-status-name",
                &[("status", Arg::Text(&format!("{:?}", s.status)))]
            )
        );
        if let Some(w) = &s.estimated_delivery {
            line.push_str(" · ");
            line.push_str(&letters::window_text(&w.from, &w.to, tz, lang));
        }
        lines.push(line);
        if let Some(d) = &s.delay {
            lines.push(text(
                lang,
                "tracking-reason-explanation",
                &[("reason", Arg::Text(&format!("{:?}", d.reason)))],
            ));
            lines.extend(d.message.iter().cloned());
        }
    }
    for d in o.refunds.iter().filter_map(|r| r.delay.as_ref()) {
        lines.push(text(lang, "tracking-late-refund-title", &[]));
        lines.push(text(
            lang,
            "tracking-reason-explanation",
            &[("reason", Arg::Text(&format!("{:?}", d.reason)))],
        ));
        lines.extend(d.message.iter().cloned());
    }
    Value::from_serialize(serde_json::json!({
        "status": format!(
            "{} · {}",
            o.number,
            text(lang, "tracking-status-name", &[("status", Arg::Text(&status))])
        ),
        "lines": lines,
    }))
}

/// A complaint's page; `kept` is what staff typed in a form that was refused, as (action,
/// text), written back into it.
#[allow(clippy::too_many_arguments)]
async fn complaint_view(
    state: &AppState,
    agent: &staff::Agent,
    lang: &'static str,
    reference: &str,
    done: Option<String>,
    error: Option<String>,
    status: StatusCode,
    kept: &[(&str, &str)],
) -> Response {
    let reference = complaints::normalize_reference(reference);
    let (office, now) = (state.office.clone(), state.now());
    let wanted = reference.clone();
    let found = state
        .read(move |conn| {
            let Some(private) = store::private(conn, &wanted)? else {
                return Ok(None);
            };
            let complaint = complaints::store::load(conn, private.id, &office, now)?;
            let order = match private.order_id {
                Some(id) => db::load_order(conn, id)?,
                None => None,
            };
            let photos = store::photos(conn, private.id)?;
            Ok(complaint.map(|c| (private, c, order, photos)))
        })
        .await;
    let Ok(Some((private, complaint, order, photos))) = found else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    let stamp = complaints::stamp(now);
    let latest = complaint.reply_by.as_ref().map(|r| r.latest_at.clone());
    let contact = private.contact.as_ref().map_or_else(String::new, |c| {
        format!(
            "{} {} · {}",
            contact_name(lang, &complaints::store::code(c.channel)),
            text(
                lang,
                "desk-window-name",
                &[("window", Arg::Text(&complaints::store::code(c.window)))]
            ),
            c.address
        )
    });
    let updates: Vec<_> = complaint
        .updates
        .iter()
        .map(|u| {
            let who = match u.author {
                UpdateAuthor::Customer => text(lang, "desk-customer", &[]),
                _ => u
                    .author_name
                    .clone()
                    .unwrap_or_else(|| text(lang, "desk-shop", &[])),
            };
            serde_json::json!({
                "who": who,
                "channel": text(lang, "desk-update-channel", &[("channel", Arg::Text(&complaints::store::code(u.channel)))]),
                "at": when(state, &u.at, lang),
                "text": u.text,
                "photos": (u.photos > 0).then(|| text(lang, "desk-photos", &[("count", Arg::Number(i64::from(u.photos)))])),
            })
        })
        .collect();
    let order_view = order.map(|o| order_as_seen(state, lang, &o));
    let channel = private
        .contact
        .as_ref()
        .map(|c| match c.channel {
            ContactChannel::Phone => "phone",
            ContactChannel::Whatsapp | ContactChannel::Sms => "chat",
            _ => "email",
        })
        .unwrap_or("email");
    let view = serde_json::json!({
        "reference": complaint.reference,
        "status": status_name(lang, &complaints::store::code(complaint.status)),
        "topic": topic_name(lang, &complaints::store::code(complaint.topic)),
        "resolution": text(lang, "desk-resolution-name", &[("resolution", Arg::Text(&complaints::store::code(complaint.resolution)))]),
        "order": complaint.order_number.clone().unwrap_or_else(|| text(lang, "desk-no-order", &[])),
        "items": complaint.items.join(", "),
        "contact": contact,
        "email": private.email,
        "language": private.locale.clone().unwrap_or_default(),
        "reply_by": latest.as_deref().map_or_else(|| text(lang, "desk-no-reply-owed", &[]), |at| when(state, at, lang)),
        "overdue": latest.as_deref().is_some_and(|at| at < stamp.as_str()),
        "updates": updates,
        "channel": channel,
    });
    let open = !matches!(
        complaint.status,
        ComplaintStatus::Resolved | ComplaintStatus::Closed
    );
    page(
        status,
        "desk/complaint.html",
        context! {
            lang, shop => &state.config.shop_name, w => words(lang),
            title => text(lang, "desk-complaint-title", &[("reference", Arg::Text(&reference))]),
            agent => &agent.email, csrf => &agent.csrf,
            c => Value::from_serialize(&view), order => order_view,
            photos => Value::from_serialize(photos.iter().enumerate().map(|(i, (id, _))| serde_json::json!({
                "url": format!("/desk/complaints/{}/photos/{id}", complaint.reference),
                "alt": text(lang, "desk-photo-alt", &[("number", Arg::Number(i as i64 + 1))]),
            })).collect::<Vec<_>>()),
            open, done, error,
            kept => Value::from_iter(kept.iter().map(|(k, v)| (*k, *v))),
            answer_channels => options(
                &[UpdateChannel::Email, UpdateChannel::Phone, UpdateChannel::Chat, UpdateChannel::Store],
                complaints::store::code,
                |c| text(lang, "desk-answer-channel", &[("channel", Arg::Text(c))])),
            outcomes => options(
                &DesiredResolution::ALL, complaints::store::code,
                |c| text(lang, "desk-resolution-name", &[("resolution", Arg::Text(c))])),
        },
    )
}

#[derive(Deserialize)]
struct Action {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    channel: Option<UpdateChannel>,
    #[serde(default)]
    outcome: Option<DesiredResolution>,
    #[serde(default)]
    voucher_code: String,
    #[serde(default)]
    voucher_amount: String,
    #[serde(default)]
    voucher_percent: String,
}

/// The words the customer will read for `action`, or why the form is refused (its status and
/// the message's key): a voucher's sentence comes first, and no action goes without words.
async fn words_of(
    state: &AppState,
    reference: &str,
    action: &str,
    form: &Action,
) -> Result<String, (StatusCode, &'static str)> {
    let mut words = form.text.trim().to_owned();
    if action == "voucher" {
        let sentence = voucher_words(state, reference, form).await.map_err(|()| {
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                "desk-delays-voucher-value",
            )
        })?;
        words = if words.is_empty() {
            sentence
        } else {
            format!("{sentence}\n\n{words}")
        };
    }
    if words.is_empty() {
        return Err((StatusCode::UNPROCESSABLE_ENTITY, "desk-text-required"));
    }
    Ok(words)
}

/// What staff typed in the form of `action`, to write back when it is refused.
fn typed<'a>(action: &'a str, form: &'a Action) -> Vec<(&'a str, &'a str)> {
    vec![
        (action, form.text.as_str()),
        ("voucher_code", form.voucher_code.as_str()),
        ("voucher_amount", form.voucher_amount.as_str()),
        ("voucher_percent", form.voucher_percent.as_str()),
    ]
}

/// `POST /desk/complaints/{reference}/{answer|ask|resolve}`: an answer (sent by e-mail on
/// the e-mail channel, recorded otherwise), a question that leaves the complaint waiting for the
/// customer, or the resolution with its outcome. What the customer sees in the widget at once.
async fn act(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((reference, action)): Path<(String, String)>,
    Form(form): Form<Action>,
) -> Response {
    let Some(agent) = agent(&state, &headers).await else {
        return to_sign_in();
    };
    let lang = language(&headers);
    let checked = if same(&agent.csrf, &form.csrf) {
        words_of(&state, &reference, &action, &form).await
    } else {
        Err((StatusCode::FORBIDDEN, "desk-form-expired"))
    };
    let words = match checked {
        Ok(words) => words,
        Err((status, key)) => {
            return complaint_view(
                &state,
                &agent,
                lang,
                &reference,
                None,
                Some(text(lang, key, &[])),
                status,
                &typed(&action, &form),
            )
            .await
        }
    };
    let (status, channel, done) = match action.as_str() {
        "answer" => {
            let channel = form.channel.unwrap_or(UpdateChannel::Email);
            let done = if channel == UpdateChannel::Email {
                "answer-email"
            } else {
                "answer"
            };
            (ComplaintStatus::InProgress, channel, done)
        }
        "ask" => (
            ComplaintStatus::WaitingForCustomer,
            UpdateChannel::Email,
            "ask",
        ),
        "resolve" => (ComplaintStatus::Resolved, UpdateChannel::Email, "resolve"),
        "voucher" => (ComplaintStatus::InProgress, UpdateChannel::Email, "voucher"),
        _ => return (StatusCode::NOT_FOUND, "not found").into_response(),
    };
    let update = ShopUpdate {
        channel,
        author_name: Some(agent.name.clone()).filter(|n| !n.is_empty()),
        text: words,
        status: Some(status),
        reply_by: None,
    };
    let reference = complaints::normalize_reference(&reference);
    match complaints::record_shop_update(&state, reference.clone(), update).await {
        Ok(Some(_)) => {
            if let Some(outcome) = form.outcome.filter(|_| action == "resolve") {
                let (r, o) = (reference.clone(), complaints::store::code(outcome));
                let _ = state
                    .with_db(move |conn| Ok(store::set_outcome(conn, &r, &o)?))
                    .await;
            }
            tracing::info!(action, "a complaint was answered from the desk");
            Redirect::to(&format!("/desk/complaints/{reference}?done={done}")).into_response()
        }
        Ok(None) => (StatusCode::NOT_FOUND, "not found").into_response(),
        Err(problem) => problem.into_response(),
    }
}

/// The sentence that gives the customer a goodwill voucher, in their language; `Err` when the
/// code or its value is not right (a code of 1–64 characters, an amount or a percent).
async fn voucher_words(state: &AppState, reference: &str, form: &Action) -> Result<String, ()> {
    let code = form.voucher_code.trim();
    let (amount, percent) = (form.voucher_amount.trim(), form.voucher_percent.trim());
    if code.is_empty() || code.chars().count() > 64 || amount.is_empty() == percent.is_empty() {
        return Err(());
    }
    let reference = complaints::normalize_reference(reference);
    let found = state
        .read(move |conn| {
            let locale = store::private(conn, &reference)?.and_then(|p| p.locale);
            Ok((locale, store::currency(conn, &reference)?))
        })
        .await
        .map_err(|_| ())?;
    let (locale, currency) = found;
    let lang = letters::language(locale.as_deref());
    let value = if amount.is_empty() {
        let percent: u8 = percent
            .trim_end_matches('%')
            .trim()
            .parse()
            .map_err(|_| ())?;
        if !(1..=100).contains(&percent) {
            return Err(());
        }
        if lang == "fr" {
            format!("{percent}\u{202f}%")
        } else {
            format!("{percent}%")
        }
    } else {
        let minor = delays::minor_units(amount).filter(|m| *m > 0).ok_or(())?;
        letters::money(minor, currency.as_deref().unwrap_or("EUR"), lang)
    };
    Ok(text(
        lang,
        "complaint-voucher",
        &[("code", Arg::Text(code)), ("value", Arg::Text(&value))],
    ))
}

/// `GET /desk/complaints/{reference}/photos/{id}`: a photo the customer sent, for staff only.
async fn photo(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((reference, id)): Path<(String, i64)>,
) -> Response {
    if agent(&state, &headers).await.is_none() {
        return to_sign_in();
    }
    let reference = complaints::normalize_reference(&reference);
    match state
        .read(move |conn| Ok(store::photo(conn, &reference, id)?))
        .await
    {
        Ok(Some((content_type, data))) => (
            [
                (header::CONTENT_TYPE, content_type),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
                (
                    header::CONTENT_SECURITY_POLICY,
                    "default-src 'none'; sandbox".to_owned(),
                ),
            ],
            data,
        )
            .into_response(),
        Ok(None) => (StatusCode::NOT_FOUND, "not found").into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
