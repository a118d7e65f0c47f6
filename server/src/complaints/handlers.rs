//! The customer's complaint endpoints under `/v1`: file a complaint (with an Idempotency-Key),
//! find it again by reference and e-mail, read it by token, add a message, rate the outcome, and
//! list an order's complaints. Checks are in `validate.rs`, the SQL in `store.rs`.

use std::sync::Arc;

use axum::{
    body::Bytes,
    extract::{rejection::BytesRejection, Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Extension, Json,
};
use rusqlite::Connection;
use serde_json::Value;
use sportello_contract::{
    is_plausible_email, Complaint, ComplaintLookup, ComplaintMessage, ComplaintRequest,
    ComplaintStatus, InvalidParam, Problem, ProblemType, ReplyBy, EMAIL_MAX_CHARS,
};
use time::OffsetDateTime;

use super::{
    reference::normalize_reference,
    stamp, store, timestamp,
    validate::{self, decode, json_object, Photo},
};
use crate::{
    bearer, db, idempotency, no_store,
    office::Office,
    orders::authorized_order,
    problem::{invalid, param},
    ratelimit::{client_key, photo_bytes, rate_limited},
    ApiProblem, AppState,
};

/// 404 for a complaint that does not exist or does not match the e-mail address.
pub(super) fn not_found() -> ApiProblem {
    Problem::new(ProblemType::ComplaintNotFound)
        .with_detail("Check the reference and the e-mail address.")
        .into()
}

/// 401 for a missing, unknown or expired complaint token.
fn unauthorized() -> ApiProblem {
    Problem::new(ProblemType::Unauthorized)
        .with_detail("Open the complaint again with its reference and e-mail address.")
        .into()
}

/// `POST /v1/complaints`
pub(super) async fn create(
    State(state): State<AppState>,
    peer: Option<Extension<crate::client::ClientAddr>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let key = idempotency::key(&headers)?;
    let value = json_object(body)?;
    let required = [
        "topic",
        "description",
        "resolution",
        "email",
        "contact",
        "consent",
    ];
    let request: ComplaintRequest = decode(&value, &required)?;
    if let Err(limited) = state
        .writes
        .allow(&client_key(peer), photo_bytes(&request.photos))
    {
        return Ok(limited.into_response());
    }
    // The order concerned, proven by its token.
    let order = match &request.order_id {
        None => None,
        Some(public_id) => Some(authorized_order(&state, public_id.clone(), &headers).await?),
    };
    let now = state.now();
    let claim = match claim(&state, "complaints", &key, &value, now).await? {
        Claimed::Answered(earlier) => return Ok(earlier),
        Claimed::Fresh(claim) => claim,
    };
    let (mut problems, photos) = validate::complaint(&request);
    if let Some(order_id) = order {
        let names = state.read(move |conn| order_lines(conn, order_id)).await?;
        if request.items.iter().any(|i| !names.contains(i)) {
            problems.push(param("items", "must be names of the order's lines"));
        }
    }
    if !problems.is_empty() {
        return Err(refuse(&state, claim, "complaints", &key, problems).await);
    }
    let filing = Filing {
        letterhead: state.letterhead.clone(),
        claim,
        reply_by: state.office.reply_by(timestamp(now)),
        office: state.office.clone(),
        request,
        order,
        photos,
        key,
        now,
    };
    let complaint = state.with_db(move |conn| file(conn, filing)).await?;
    state.outbox_wake.notify_waiters();
    tracing::info!(reference = %complaint.reference, "complaint received");
    Ok(created(&complaint))
}

/// The names of the order's lines, which a complaint's items must be among.
fn order_lines(conn: &Connection, order_id: i64) -> anyhow::Result<Vec<String>> {
    Ok(db::load_order(conn, order_id)?
        .map(|o| o.items.into_iter().map(|i| i.name).collect())
        .unwrap_or_default())
}

/// A complaint that passed the checks, on its way into the database.
struct Filing {
    /// Who writes the confirmation e-mail, and the full page it links to.
    letterhead: Arc<crate::letters::Letterhead>,
    request: ComplaintRequest,
    order: Option<i64>,
    photos: Vec<Photo>,
    reply_by: ReplyBy,
    key: String,
    /// Held until the answer is committed: a retry meanwhile gets 409.
    claim: idempotency::Claim,
    office: Arc<Office>,
    now: OffsetDateTime,
}

/// Stores a complaint with its first message and photos, issues its token, and keeps the answer
/// for its Idempotency-Key: all in one transaction.
fn file(conn: &mut Connection, filing: Filing) -> anyhow::Result<Complaint> {
    let Filing {
        letterhead,
        request,
        order,
        photos,
        reply_by,
        key,
        claim: _claim,
        office,
        now,
    } = filing;
    let tx = conn.transaction()?;
    let at = stamp(now);
    let id = store::insert(&tx, &request, order, &at, &reply_by, &key)?;
    store::insert_customer_message(&tx, id, &at, request.description.trim(), &photos)?;
    let mut complaint =
        store::load(&tx, id, &office, now)?.ok_or_else(|| anyhow::anyhow!("complaint vanished"))?;
    complaint.access = Some(store::issue_token(&tx, id, now)?);
    // The confirmation the form promises, queued with the complaint (a retry replays the answer
    // and queues nothing).
    let letter = crate::letters::complaint_received(
        request.locale.as_deref(),
        &letterhead,
        &complaint.reference,
        complaint
            .reply_by
            .as_ref()
            .map_or("", |r| r.latest_at.as_str()),
    );
    db::queue_complaint_mail(
        &tx,
        id,
        request.email.trim(),
        "complaint_received",
        crate::letters::language(request.locale.as_deref()),
        &letter,
        &at,
    )?;
    let body = serde_json::to_string(&complaint)?;
    idempotency::finish(&tx, "complaints", &key, 201, &body)?;
    tx.commit()?;
    Ok(complaint)
}

/// `POST /v1/complaints/lookup`
pub(super) async fn lookup(
    State(state): State<AppState>,
    peer: Option<Extension<crate::client::ClientAddr>>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    if let Err(wait) = state
        .per_client
        .hit(&client_key(peer), std::time::Instant::now())
    {
        return Ok(rate_limited(wait));
    }
    let value = json_object(body)?;
    let request: ComplaintLookup = decode(&value, &["reference", "email"])?;
    let mut problems = Vec::new();
    validate::too_long("reference", &request.reference, 40, &mut problems);
    if !validate::too_long("email", &request.email, EMAIL_MAX_CHARS, &mut problems)
        && !is_plausible_email(&request.email)
    {
        problems.push(param("email", "must be an e-mail address"));
    }
    if !problems.is_empty() {
        return Err(invalid(problems));
    }
    let reference = normalize_reference(&request.reference);
    let email = request.email.trim().to_lowercase();
    let now = state.now();
    let office = state.office.clone();
    // Found and loaded by a reader; only the token is written.
    let found = state
        .read(move |conn| {
            let Some(id) = store::lookup(conn, &reference, &email)? else {
                return Ok(None);
            };
            Ok(store::load(conn, id, &office, now)?.map(|complaint| (id, complaint)))
        })
        .await?;
    let Some((id, mut complaint)) = found else {
        return Err(not_found());
    };
    complaint.access = Some(
        state
            .with_db(move |conn| Ok(store::issue_token(conn, id, now)?))
            .await?,
    );
    Ok(no_store(complaint))
}

/// Resolves the bearer token (a complaint token, or the order token of the complaint's order).
async fn authorized(
    state: &AppState,
    reference: String,
    headers: &HeaderMap,
) -> Result<i64, ApiProblem> {
    let token = bearer(headers).ok_or_else(unauthorized)?.to_owned();
    let now = state.now();
    state
        .read(move |conn| Ok(store::authorize(conn, &reference, &token, now)?))
        .await?
        .ok_or_else(unauthorized)
}

/// `GET /v1/complaints/{reference}`
pub(super) async fn get(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiProblem> {
    let id = authorized(&state, reference, &headers).await?;
    let now = state.now();
    let office = state.office.clone();
    let complaint = state
        .read(move |conn| Ok(store::load(conn, id, &office, now)?))
        .await?;
    complaint.map(no_store).ok_or_else(not_found)
}

/// `POST /v1/complaints/{reference}/messages`
pub(super) async fn add_message(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    peer: Option<Extension<crate::client::ClientAddr>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let id = authorized(&state, reference.clone(), &headers).await?;
    let key = idempotency::key(&headers)?;
    let value = json_object(body)?;
    let message: ComplaintMessage = decode(&value, &["text"])?;
    if let Err(limited) = state
        .writes
        .allow(&client_key(peer), photo_bytes(&message.photos))
        .and_then(|()| state.writes.allow_message(id))
    {
        return Ok(limited.into_response());
    }
    let scope = format!("messages:{reference}");
    let now = state.now();
    let claim = match claim(&state, &scope, &key, &value, now).await? {
        Claimed::Answered(earlier) => return Ok(earlier),
        Claimed::Fresh(claim) => claim,
    };
    let (problems, photos) = validate::message(&message);
    if !problems.is_empty() {
        return Err(refuse(&state, claim, &scope, &key, problems).await);
    }
    let office = state.office.clone();
    let added = state
        .with_db(move |conn| {
            // Held until the answer is committed.
            let _claim = claim;
            let tx = conn.transaction()?;
            let complaint = add_to(&tx, id, message.text.trim(), &photos, &office, now)?;
            match &complaint {
                Some(complaint) => {
                    let body = serde_json::to_string(complaint)?;
                    idempotency::finish(&tx, &scope, &key, 201, &body)?;
                }
                None => idempotency::abandon(&tx, &scope, &key)?,
            }
            tx.commit()?;
            Ok(complaint)
        })
        .await?;
    match added {
        Some(complaint) => Ok(created(&complaint)),
        None => Err(Problem::new(ProblemType::Conflict)
            .with_detail("This complaint is closed: file a new one if something is still wrong.")
            .into()),
    }
}

/// Adds the customer's message to a complaint; `None` when it is resolved or closed.
fn add_to(
    conn: &Connection,
    id: i64,
    text: &str,
    photos: &[Photo],
    office: &Office,
    now: OffsetDateTime,
) -> anyhow::Result<Option<Complaint>> {
    let status = store::status(conn, id)?;
    if matches!(status, ComplaintStatus::Resolved | ComplaintStatus::Closed) {
        return Ok(None);
    }
    store::insert_customer_message(conn, id, &stamp(now), text, photos)?;
    if status == ComplaintStatus::WaitingForCustomer {
        // The customer answered: the shop owes a reply again, promised afresh.
        let reply_by = office.reply_by(timestamp(now));
        store::set_status(conn, id, ComplaintStatus::InProgress, &reply_by)?;
    }
    let complaint =
        store::load(conn, id, office, now)?.ok_or_else(|| anyhow::anyhow!("complaint vanished"))?;
    Ok(Some(complaint))
}

/// `POST /v1/complaints/{reference}/rating`
pub(super) async fn rate(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    peer: Option<Extension<crate::client::ClientAddr>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let id = authorized(&state, reference, &headers).await?;
    if let Err(limited) = state.writes.allow(&client_key(peer), 0) {
        return Ok(limited.into_response());
    }
    let value = json_object(body)?;
    let rating = validate::rating(decode(&value, &["score"])?)?;
    let now = state.now();
    let office = state.office.clone();
    let outcome = state
        .with_db(move |conn| {
            let tx = conn.transaction()?;
            let Some(complaint) = store::load(&tx, id, &office, now)? else {
                return Ok(None);
            };
            if !complaint.can_rate {
                return Ok(Some(Err(complaint.rating.is_some())));
            }
            store::set_rating(&tx, id, &rating)?;
            let complaint = store::load(&tx, id, &office, now)?;
            tx.commit()?;
            Ok(complaint.map(Ok))
        })
        .await?;
    match outcome {
        None => Err(not_found()),
        Some(Ok(complaint)) => Ok(created(&complaint)),
        Some(Err(already)) => Err(Problem::new(ProblemType::Conflict)
            .with_detail(if already {
                "This complaint has already been rated."
            } else {
                "A complaint can be rated once it is resolved."
            })
            .into()),
    }
}

/// `GET /v1/orders/{order_id}/complaints`
pub(super) async fn list_for_order(
    State(state): State<AppState>,
    Path(order_id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiProblem> {
    let id = authorized_order(&state, order_id, &headers).await?;
    let list = state
        .read(move |conn| Ok(store::for_order(conn, id)?))
        .await?;
    Ok(no_store(list))
}

/// What registering an idempotent submission gives.
pub(crate) enum Claimed {
    /// The stored answer of an earlier attempt: send it instead of processing this one.
    Answered(Response),
    /// This request's to process, holding the key until its answer commits.
    Fresh(idempotency::Claim),
}

/// Registers an idempotent submission; a 409 or 422 problem comes back as an error.
pub(crate) async fn claim(
    state: &AppState,
    scope: &str,
    key: &str,
    body: &Value,
    now: OffsetDateTime,
) -> Result<Claimed, ApiProblem> {
    let fingerprint = idempotency::fingerprint(body, scope);
    let (scope, key) = (scope.to_owned(), key.to_owned());
    let running = state.running.clone();
    let start = state
        .with_db(move |conn| {
            Ok(idempotency::start(
                conn,
                &running,
                &scope,
                &key,
                &fingerprint,
                now.unix_timestamp(),
            )?)
        })
        .await?;
    match start {
        idempotency::Start::Replay { status, body } => Ok(Claimed::Answered(replay(status, body))),
        idempotency::Start::Fresh(claim) => Ok(Claimed::Fresh(claim)),
        refused => Err(idempotency::refusal(&refused).unwrap_or_else(ApiProblem::internal)),
    }
}

/// Gives up a claimed submission that failed its checks (so the key can be used again), and
/// names the rejected fields.
pub(crate) async fn refuse(
    state: &AppState,
    claim: idempotency::Claim,
    scope: &str,
    key: &str,
    problems: Vec<InvalidParam>,
) -> ApiProblem {
    let (scope, key) = (scope.to_owned(), key.to_owned());
    match state
        .with_db(move |conn| {
            idempotency::abandon(conn, &scope, &key)?;
            drop(claim);
            Ok(())
        })
        .await
    {
        Ok(()) => invalid(problems),
        Err(problem) => problem,
    }
}

/// The stored answer of an earlier attempt with the same Idempotency-Key.
pub(crate) fn replay(status: u16, body: String) -> Response {
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (
                header::HeaderName::from_static("idempotent-replayed"),
                HeaderValue::from_static("true"),
            ),
        ],
        body,
    )
        .into_response()
}

fn created(complaint: &Complaint) -> Response {
    (
        StatusCode::CREATED,
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Json(complaint),
    )
        .into_response()
}
