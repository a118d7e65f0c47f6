//! Complaints in the reference backend: help answers and deflection counts, submission with an
//! Idempotency-Key, the reply-by promise from office hours, follow-up by reference + e-mail or by
//! token, messages, rating; and the admin side (updates from any channel, resolution).

use axum::{
    body::Bytes,
    extract::{
        rejection::{BytesRejection, QueryRejection},
        ConnectInfo, Path, Query, State,
    },
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Extension, Json,
};
use base64::Engine;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Deserialize;
use serde_json::Value;
use sportello_contract::{
    is_plausible_email, is_plausible_phone, Complaint, ComplaintAccess, ComplaintLookup,
    ComplaintMessage, ComplaintRequest, ComplaintStatus, ComplaintSummary, ComplaintTopic,
    ComplaintUpdate, ContactChannel, ContactPreference, DesiredResolution, HelpAnswers,
    HelpFeedback, InvalidParam, PhotoUpload, Problem, ProblemType, Rating, ReplyBy, TimeWindow,
    UpdateAuthor, UpdateChannel, COMPLAINT_ORDER_NUMBER_MAX_CHARS, DESCRIPTION_MAX_CHARS,
    DESCRIPTION_MIN_CHARS, MAX_PHOTOS, MAX_PHOTO_BYTES, PHOTO_TYPES, RATING_COMMENT_MAX_CHARS,
};
use std::net::SocketAddr;
use time::OffsetDateTime;

use crate::{bearer, db, help, idempotency, office, ApiProblem, AppState};

/// Largest complaint or message body: five photos at the limit, base64-encoded, plus text.
pub const MAX_COMPLAINT_BODY_BYTES: usize = MAX_PHOTOS * MAX_PHOTO_BYTES * 4 / 3 + 64 * 1024;

/// How long a complaint token lasts.
const COMPLAINT_TOKEN_SECONDS: i64 = 7 * 24 * 3600;

fn invalid(params: Vec<InvalidParam>) -> ApiProblem {
    let mut problem = Problem::new(ProblemType::InvalidRequest);
    problem.invalid_params = params;
    problem.into()
}

fn param(name: impl Into<String>, reason: impl Into<String>) -> InvalidParam {
    InvalidParam {
        name: name.into(),
        reason: reason.into(),
    }
}

fn not_found() -> ApiProblem {
    Problem::new(ProblemType::ComplaintNotFound)
        .with_detail("Check the reference and the e-mail address.")
        .into()
}

fn unauthorized() -> ApiProblem {
    Problem::new(ProblemType::Unauthorized)
        .with_detail("Open the complaint again with its reference and e-mail address.")
        .into()
}

/// The body as a JSON object; 413 and 400 as problems.
fn json_object(body: Result<Bytes, BytesRejection>) -> Result<Value, ApiProblem> {
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiProblem::from(
                Problem::new(ProblemType::PayloadTooLarge)
                    .with_detail("Send at most 5 photos of at most 2 MB each."),
            )
        } else {
            ApiProblem::from(Problem::new(ProblemType::MalformedRequest))
        }
    })?;
    match serde_json::from_slice::<Value>(&body) {
        Ok(value @ Value::Object(_)) => Ok(value),
        _ => Err(Problem::new(ProblemType::MalformedRequest)
            .with_detail("The body must be a JSON object.")
            .into()),
    }
}

/// Decodes the body into `T`, naming missing required fields.
fn decode<T: serde::de::DeserializeOwned>(
    value: &Value,
    required: &[&str],
) -> Result<T, ApiProblem> {
    let missing: Vec<InvalidParam> = required
        .iter()
        .filter(|name| value.get(**name).is_none_or(Value::is_null))
        .map(|name| param(*name, "is required"))
        .collect();
    if !missing.is_empty() {
        return Err(invalid(missing));
    }
    serde_json::from_value(value.clone()).map_err(|error| {
        ApiProblem::from(Problem::new(ProblemType::InvalidRequest).with_detail(error.to_string()))
    })
}

fn chars(text: &str) -> usize {
    text.trim().chars().count()
}

/// A checked photo, ready to store.
struct Photo {
    name: String,
    content_type: String,
    data: Vec<u8>,
}

fn check_photos(photos: &[PhotoUpload], problems: &mut Vec<InvalidParam>) -> Vec<Photo> {
    if photos.len() > MAX_PHOTOS {
        problems.push(param("photos", format!("at most {MAX_PHOTOS} photos")));
        return Vec::new();
    }
    let mut checked = Vec::new();
    for (index, photo) in photos.iter().enumerate() {
        let name = format!("photos[{index}]");
        if !PHOTO_TYPES.contains(&photo.content_type.as_str()) {
            problems.push(param(name, "must be a JPEG, PNG or WebP image"));
            continue;
        }
        let Ok(data) = base64::engine::general_purpose::STANDARD.decode(photo.data.trim()) else {
            problems.push(param(name, "data must be standard base64"));
            continue;
        };
        if data.len() > MAX_PHOTO_BYTES {
            problems.push(param(name, "must be at most 2,000,000 bytes"));
            continue;
        }
        let looks_right = match photo.content_type.as_str() {
            "image/jpeg" => data.starts_with(&[0xFF, 0xD8, 0xFF]),
            "image/png" => data.starts_with(b"\x89PNG\r\n\x1a\n"),
            _ => data.len() > 12 && &data[..4] == b"RIFF" && &data[8..12] == b"WEBP",
        };
        if !looks_right {
            problems.push(param(name, "the data is not an image of that type"));
            continue;
        }
        checked.push(Photo {
            name: photo.name.chars().take(200).collect(),
            content_type: photo.content_type.clone(),
            data,
        });
    }
    checked
}

fn check_contact(contact: &ContactPreference, problems: &mut Vec<InvalidParam>) {
    match contact.channel {
        ContactChannel::Email if !is_plausible_email(&contact.address) => {
            problems.push(param("contact.address", "must be an e-mail address"))
        }
        ContactChannel::Phone | ContactChannel::Whatsapp | ContactChannel::Sms
            if !is_plausible_phone(&contact.address) =>
        {
            problems.push(param(
                "contact.address",
                "must be a phone number in international format, like +39 333 123 4567",
            ))
        }
        ContactChannel::Unknown => problems.push(param(
            "contact.channel",
            "must be email, phone, whatsapp or sms",
        )),
        _ => {}
    }
    if contact.window == TimeWindow::Unknown {
        problems.push(param(
            "contact.window",
            "must be anytime, morning, afternoon or evening",
        ));
    }
}

fn code<T: serde::Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        _ => "unknown".to_owned(),
    }
}

fn parse_code<T: serde::de::DeserializeOwned + Default>(text: &str) -> T {
    serde_json::from_value(Value::String(text.to_owned())).unwrap_or_default()
}

fn stamp(now: OffsetDateTime) -> String {
    office::rfc3339(jiff::Timestamp::from_second(now.unix_timestamp()).unwrap_or_default())
}

fn timestamp(now: OffsetDateTime) -> jiff::Timestamp {
    jiff::Timestamp::from_second(now.unix_timestamp()).unwrap_or_default()
}

/// `RC-` and eight characters of Crockford's base32 (no I, L, O, U), e.g. `RC-4Q7K-2M9P`.
fn new_reference() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = [0u8; 8];
    getrandom::getrandom(&mut bytes).expect("the operating system provides randomness");
    let c: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[(*b as usize) % 32] as char)
        .collect();
    format!(
        "RC-{}-{}",
        c[..4].iter().collect::<String>(),
        c[4..].iter().collect::<String>()
    )
}

/// The reference as customers type it: trimmed, upper-case, `O` read as zero, `I`/`L` as one.
pub fn normalize_reference(raw: &str) -> String {
    let upper = raw.trim().to_uppercase();
    let body = upper.strip_prefix("RC").unwrap_or(&upper);
    let cleaned: String = body
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    if cleaned.len() == 8 {
        format!("RC-{}-{}", &cleaned[..4], &cleaned[4..])
    } else {
        upper
    }
}

fn mask_contact(contact: &ContactPreference) -> ContactPreference {
    let address = match contact.channel {
        ContactChannel::Email => match contact.address.split_once('@') {
            Some((local, domain)) => {
                let first: String = local.chars().take(1).collect();
                format!("{first}•••@{domain}")
            }
            None => "•••".to_owned(),
        },
        _ => {
            let digits: Vec<char> = contact
                .address
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            let tail: String = digits[digits.len().saturating_sub(3)..].iter().collect();
            format!("+••• ••• •{tail}")
        }
    };
    ContactPreference {
        address,
        ..contact.clone()
    }
}

/// Loads a complaint as the customer sees it.
pub(crate) fn load(
    conn: &Connection,
    id: i64,
    state: &AppState,
    now: OffsetDateTime,
) -> rusqlite::Result<Option<Complaint>> {
    let row = conn
        .query_row(
            "SELECT c.reference, c.status, c.topic, c.created_at,
                    COALESCE(o.number, c.order_number), c.items,
                    c.description, c.resolution, c.contact, c.reply_by, c.rating
             FROM complaints c LEFT JOIN orders o ON o.id = c.order_id WHERE c.id = ?1",
            params![id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, String>(7)?,
                    r.get::<_, String>(8)?,
                    r.get::<_, Option<String>>(9)?,
                    r.get::<_, Option<String>>(10)?,
                ))
            },
        )
        .optional()?;
    let Some((
        reference,
        status,
        topic,
        created_at,
        order_number,
        items,
        description,
        resolution,
        contact,
        reply_by,
        rating,
    )) = row
    else {
        return Ok(None);
    };
    let status: ComplaintStatus = parse_code(&status);
    let mut updates = Vec::new();
    let mut photos = 0;
    let mut statement = conn.prepare(
        "SELECT u.at, u.channel, u.author, u.author_name, u.text,
                (SELECT COUNT(*) FROM complaint_photos p WHERE p.update_id = u.id)
         FROM complaint_updates u WHERE u.complaint_id = ?1 ORDER BY u.at, u.id",
    )?;
    let rows = statement.query_map(params![id], |r| {
        Ok(ComplaintUpdate {
            at: r.get(0)?,
            channel: parse_code(&r.get::<_, String>(1)?),
            author: parse_code(&r.get::<_, String>(2)?),
            author_name: r.get(3)?,
            text: r.get(4)?,
            photos: r.get(5)?,
        })
    })?;
    for (index, update) in rows.enumerate() {
        let update = update?;
        if index == 0 {
            photos = update.photos;
        }
        updates.push(update);
    }
    let owed = matches!(
        status,
        ComplaintStatus::Received | ComplaintStatus::InProgress
    );
    let reply_by = reply_by
        .filter(|_| owed)
        .and_then(|text| serde_json::from_str::<ReplyBy>(&text).ok())
        .map(|mut reply_by| {
            state.office.refresh(&mut reply_by, timestamp(now));
            reply_by
        });
    let rating: Option<Rating> = rating.and_then(|text| serde_json::from_str(&text).ok());
    let contact: Option<ContactPreference> = serde_json::from_str(&contact).ok();
    Ok(Some(Complaint {
        reference,
        status,
        topic: parse_code(&topic),
        created_at,
        order_number,
        items: serde_json::from_str(&items).unwrap_or_default(),
        description,
        resolution: parse_code(&resolution),
        contact: contact.as_ref().map(mask_contact),
        photos,
        reply_by,
        can_rate: rating.is_none()
            && matches!(status, ComplaintStatus::Resolved | ComplaintStatus::Closed),
        rating,
        updates,
        access: None,
    }))
}

fn issue_token(
    conn: &Connection,
    id: i64,
    now: OffsetDateTime,
) -> rusqlite::Result<ComplaintAccess> {
    conn.execute(
        "DELETE FROM complaint_tokens WHERE expires_at < ?1",
        params![now.unix_timestamp()],
    )?;
    let token = db::random_hex(32);
    let expires = now.unix_timestamp() + COMPLAINT_TOKEN_SECONDS;
    conn.execute(
        "INSERT INTO complaint_tokens (token, complaint_id, expires_at) VALUES (?1, ?2, ?3)",
        params![token, id, expires],
    )?;
    Ok(ComplaintAccess {
        token,
        expires_at: office::rfc3339(jiff::Timestamp::from_second(expires).unwrap_or_default()),
    })
}

/// What the customer wrote on the web (the complaint itself or a follow-up message), with its
/// photos.
fn insert_customer_message(
    conn: &Connection,
    complaint: i64,
    at: &str,
    text: &str,
    photos: &[Photo],
) -> rusqlite::Result<()> {
    let update = insert_update(
        conn,
        complaint,
        at,
        UpdateChannel::Web,
        UpdateAuthor::Customer,
        None,
        text,
    )?;
    insert_photos(conn, complaint, update, photos)
}

fn insert_photos(
    conn: &Connection,
    complaint: i64,
    update: i64,
    photos: &[Photo],
) -> rusqlite::Result<()> {
    for photo in photos {
        conn.execute(
            "INSERT INTO complaint_photos (complaint_id, update_id, name, content_type, data)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                complaint,
                update,
                photo.name,
                photo.content_type,
                photo.data
            ],
        )?;
    }
    Ok(())
}

fn insert_update(
    conn: &Connection,
    complaint: i64,
    at: &str,
    channel: UpdateChannel,
    author: UpdateAuthor,
    author_name: Option<&str>,
    text: &str,
) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO complaint_updates (complaint_id, at, channel, author, author_name, text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            complaint,
            at,
            code(channel),
            code(author),
            author_name,
            text
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

fn replay(status: u16, body: String) -> Response {
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

/// Registers an idempotent submission. `Some` is the answer to send instead of processing it:
/// the stored answer of an earlier attempt; a 409 or 422 problem comes back as an error.
async fn claim(
    state: &AppState,
    scope: &str,
    key: &str,
    body: &Value,
    now: OffsetDateTime,
) -> Result<Option<Response>, ApiProblem> {
    let fingerprint = idempotency::fingerprint(body, scope);
    let (scope, key) = (scope.to_owned(), key.to_owned());
    let start = state
        .with_db(move |conn| {
            Ok(idempotency::start(
                conn,
                &scope,
                &key,
                &fingerprint,
                now.unix_timestamp(),
            )?)
        })
        .await?;
    match start {
        idempotency::Start::Replay { status, body } => Ok(Some(replay(status, body))),
        idempotency::Start::Fresh => Ok(None),
        refused => Err(idempotency::refusal(&refused).unwrap_or_else(ApiProblem::internal)),
    }
}

fn created(complaint: &Complaint) -> Response {
    (
        StatusCode::CREATED,
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Json(complaint),
    )
        .into_response()
}

fn ok(complaint: Complaint) -> Response {
    (
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Json(complaint),
    )
        .into_response()
}

#[derive(Deserialize)]
pub(crate) struct HelpQuery {
    #[serde(default)]
    topic: Option<String>,
    #[serde(default)]
    locale: Option<String>,
}

/// `GET /v1/help?topic=…&locale=…`
pub(crate) async fn get_help(
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
    Ok((
        [(
            header::CACHE_CONTROL,
            HeaderValue::from_static("max-age=300"),
        )],
        Json(HelpAnswers {
            topic,
            answers: help::answers(topic, &locale),
        }),
    )
        .into_response())
}

/// `POST /v1/help/feedback`
pub(crate) async fn help_feedback(
    State(state): State<AppState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let value = json_object(body)?;
    let feedback: HelpFeedback = decode(&value, &["topic", "solved"])?;
    if feedback.topic == ComplaintTopic::Unknown {
        return Err(invalid(vec![param(
            "topic",
            "must be one of the complaint topics",
        )]));
    }
    // An answer the shop has since removed (or never had) still counts for its topic; only
    // answers the shop knows are recorded by id.
    let answer_id = feedback.answer_id.filter(|id| help::exists(id));
    let at = stamp(state.now());
    state
        .with_db(move |conn| {
            conn.execute(
                "INSERT INTO help_feedback (topic, answer_id, solved, at) VALUES (?1, ?2, ?3, ?4)",
                params![code(feedback.topic), answer_id, feedback.solved, at],
            )?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `POST /v1/complaints`
pub(crate) async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let key = idempotency::key(&headers)?;
    let value = json_object(body)?;
    let request: ComplaintRequest = decode(
        &value,
        &[
            "topic",
            "description",
            "resolution",
            "email",
            "contact",
            "consent",
        ],
    )?;
    // The order concerned, proven by its token.
    let order = match &request.order_id {
        None => None,
        Some(public_id) => {
            let token = bearer(&headers).ok_or_else(crate::unauthorized)?.to_owned();
            let public_id = public_id.clone();
            let now = state.now();
            let found = state
                .with_db(move |conn| Ok(db::authorize(conn, &public_id, &token, now)?))
                .await?;
            Some(found.ok_or_else(crate::unauthorized)?)
        }
    };
    let now = state.now();
    if let Some(earlier) = claim(&state, "complaints", &key, &value, now).await? {
        return Ok(earlier);
    }

    let mut problems = Vec::new();
    if request.topic == ComplaintTopic::Unknown {
        problems.push(param("topic", "must be one of the complaint topics"));
    }
    let length = chars(&request.description);
    if !(DESCRIPTION_MIN_CHARS..=DESCRIPTION_MAX_CHARS).contains(&length) {
        problems.push(param(
            "description",
            format!("must be {DESCRIPTION_MIN_CHARS} to {DESCRIPTION_MAX_CHARS} characters"),
        ));
    }
    if request.resolution == DesiredResolution::Unknown {
        problems.push(param("resolution", "must be one of the resolutions"));
    }
    if !is_plausible_email(&request.email) {
        problems.push(param("email", "must be an e-mail address"));
    }
    check_contact(&request.contact, &mut problems);
    if !request.consent {
        problems.push(param("consent", "must be true"));
    }
    if request
        .order_number
        .as_deref()
        .is_some_and(|n| n.trim().chars().count() > COMPLAINT_ORDER_NUMBER_MAX_CHARS)
    {
        problems.push(param(
            "order_number",
            format!("at most {COMPLAINT_ORDER_NUMBER_MAX_CHARS} characters"),
        ));
    }
    if request.items.len() > 50 || request.items.iter().any(|i| i.chars().count() > 200) {
        problems.push(param("items", "at most 50 names of order lines"));
    }
    let photos = check_photos(&request.photos, &mut problems);
    if let Some(order_id) = order {
        let names: Vec<String> = state
            .with_db(move |conn| {
                Ok(db::load_order(conn, order_id)?
                    .map(|o| o.items.into_iter().map(|i| i.name).collect())
                    .unwrap_or_default())
            })
            .await?;
        if request.items.iter().any(|i| !names.contains(i)) {
            problems.push(param("items", "must be names of the order's lines"));
        }
    }
    if !problems.is_empty() {
        let key = key.clone();
        state
            .with_db(move |conn| Ok(idempotency::abandon(conn, "complaints", &key)?))
            .await?;
        return Err(invalid(problems));
    }

    let reply_by = state.office.reply_by(timestamp(now));
    let worker = state.clone();
    let complaint = state
        .with_db(move |conn| {
            let tx = conn.transaction()?;
            let at = stamp(now);
            let mut reference = new_reference();
            while tx
                .query_row(
                    "SELECT 1 FROM complaints WHERE reference = ?1",
                    params![reference],
                    |_| Ok(()),
                )
                .optional()?
                .is_some()
            {
                reference = new_reference();
            }
            let contact = ContactPreference {
                address: request.contact.address.trim().to_owned(),
                ..request.contact.clone()
            };
            tx.execute(
                "INSERT INTO complaints (reference, order_id, topic, items, description,
                    resolution, email, contact, locale, status, created_at, reply_by,
                    idempotency_key, order_number)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'received', ?10, ?11, ?12, ?13)",
                params![
                    reference,
                    order,
                    code(request.topic),
                    serde_json::to_string(&request.items)?,
                    request.description.trim(),
                    code(request.resolution),
                    request.email.trim().to_lowercase(),
                    serde_json::to_string(&contact)?,
                    request.locale,
                    at,
                    serde_json::to_string(&reply_by)?,
                    key,
                    // A number the customer typed counts only when no token proved the order.
                    order
                        .is_none()
                        .then(|| request.order_number.as_deref().map(str::trim))
                        .flatten()
                        .filter(|n| !n.is_empty()),
                ],
            )?;
            let id = tx.last_insert_rowid();
            insert_customer_message(&tx, id, &at, request.description.trim(), &photos)?;
            let mut complaint = load(&tx, id, &worker, now)?
                .ok_or_else(|| anyhow::anyhow!("complaint vanished"))?;
            complaint.access = Some(issue_token(&tx, id, now)?);
            let body = serde_json::to_string(&complaint)?;
            idempotency::finish(&tx, "complaints", &key, 201, &body)?;
            tx.commit()?;
            Ok(complaint)
        })
        .await?;
    tracing::info!(reference = %complaint.reference, "complaint received");
    Ok(created(&complaint))
}

/// `POST /v1/complaints/lookup`
pub(crate) async fn lookup(
    State(state): State<AppState>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let client = peer.map_or_else(
        || "unknown".to_owned(),
        |Extension(ConnectInfo(addr))| addr.ip().to_string(),
    );
    if let Err(wait) = state.per_client.hit(&client, std::time::Instant::now()) {
        return Ok(crate::rate_limited(wait));
    }
    let value = json_object(body)?;
    let request: ComplaintLookup = decode(&value, &["reference", "email"])?;
    if !is_plausible_email(&request.email) {
        return Err(invalid(vec![param("email", "must be an e-mail address")]));
    }
    let reference = normalize_reference(&request.reference);
    let email = request.email.trim().to_lowercase();
    let now = state.now();
    let worker = state.clone();
    let found = state
        .with_db(move |conn| {
            let row: Option<(i64, String)> = conn
                .query_row(
                    "SELECT id, email FROM complaints WHERE reference = ?1",
                    params![reference],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            // Compare even when there is no such complaint, so both cases take the same time.
            let (id, stored) = row.unwrap_or((0, String::new()));
            if !db::constant_time_eq(stored.as_bytes(), email.as_bytes()) || id == 0 {
                return Ok(None);
            }
            let mut complaint = load(conn, id, &worker, now)?;
            if let Some(complaint) = &mut complaint {
                complaint.access = Some(issue_token(conn, id, now)?);
            }
            Ok(complaint)
        })
        .await?;
    found.map(ok).ok_or_else(not_found)
}

/// Resolves the bearer token (a complaint token, or the order token of the complaint's order).
async fn authorized(
    state: &AppState,
    reference: String,
    headers: &HeaderMap,
) -> Result<i64, ApiProblem> {
    let token = bearer(headers).ok_or_else(unauthorized)?.to_owned();
    let now = state.now().unix_timestamp();
    state
        .with_db(move |conn| {
            Ok(conn
                .query_row(
                    "SELECT c.id FROM complaints c WHERE c.reference = ?1 AND (
                        EXISTS (SELECT 1 FROM complaint_tokens t
                                WHERE t.complaint_id = c.id AND t.token = ?2 AND t.expires_at >= ?3)
                     OR EXISTS (SELECT 1 FROM order_tokens t
                                WHERE t.order_id = c.order_id AND t.token = ?2 AND t.expires_at >= ?3))",
                    params![reference, token, now],
                    |r| r.get(0),
                )
                .optional()?)
        })
        .await?
        .ok_or_else(unauthorized)
}

/// `GET /v1/complaints/{reference}`
pub(crate) async fn get(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiProblem> {
    let id = authorized(&state, reference, &headers).await?;
    let now = state.now();
    let worker = state.clone();
    let complaint = state
        .with_db(move |conn| Ok(load(conn, id, &worker, now)?))
        .await?;
    complaint.map(ok).ok_or_else(not_found)
}

/// `POST /v1/complaints/{reference}/messages`
pub(crate) async fn add_message(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let id = authorized(&state, reference.clone(), &headers).await?;
    let key = idempotency::key(&headers)?;
    let value = json_object(body)?;
    let message: ComplaintMessage = decode(&value, &["text"])?;
    let scope = format!("messages:{reference}");
    let now = state.now();
    if let Some(earlier) = claim(&state, &scope, &key, &value, now).await? {
        return Ok(earlier);
    }
    let mut problems = Vec::new();
    if !(1..=DESCRIPTION_MAX_CHARS).contains(&chars(&message.text)) {
        problems.push(param(
            "text",
            format!("must be 1 to {DESCRIPTION_MAX_CHARS} characters"),
        ));
    }
    let photos = check_photos(&message.photos, &mut problems);
    if !problems.is_empty() {
        state
            .with_db(move |conn| Ok(idempotency::abandon(conn, &scope, &key)?))
            .await?;
        return Err(invalid(problems));
    }
    let worker = state.clone();
    let outcome = state
        .with_db(move |conn| {
            let tx = conn.transaction()?;
            let status: ComplaintStatus = parse_code(&tx.query_row(
                "SELECT status FROM complaints WHERE id = ?1",
                params![id],
                |r| r.get::<_, String>(0),
            )?);
            if matches!(status, ComplaintStatus::Resolved | ComplaintStatus::Closed) {
                idempotency::abandon(&tx, &scope, &key)?;
                tx.commit()?;
                return Ok(Err(status));
            }
            let at = stamp(now);
            insert_customer_message(&tx, id, &at, message.text.trim(), &photos)?;
            if status == ComplaintStatus::WaitingForCustomer {
                // The customer answered: the shop owes a reply again, promised afresh.
                let reply_by = worker.office.reply_by(timestamp(now));
                tx.execute(
                    "UPDATE complaints SET status = 'in_progress', reply_by = ?2 WHERE id = ?1",
                    params![id, serde_json::to_string(&reply_by)?],
                )?;
            }
            let complaint = load(&tx, id, &worker, now)?
                .ok_or_else(|| anyhow::anyhow!("complaint vanished"))?;
            idempotency::finish(&tx, &scope, &key, 201, &serde_json::to_string(&complaint)?)?;
            tx.commit()?;
            Ok(Ok(complaint))
        })
        .await?;
    match outcome {
        Ok(complaint) => Ok(created(&complaint)),
        Err(_) => Err(Problem::new(ProblemType::Conflict)
            .with_detail("This complaint is closed: file a new one if something is still wrong.")
            .into()),
    }
}

/// `POST /v1/complaints/{reference}/rating`
pub(crate) async fn rate(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let id = authorized(&state, reference, &headers).await?;
    let value = json_object(body)?;
    let rating: Rating = decode(&value, &["score"])?;
    let mut problems = Vec::new();
    if !(1..=5).contains(&rating.score) {
        problems.push(param("score", "must be 1 to 5"));
    }
    if rating
        .comment
        .as_deref()
        .is_some_and(|c| c.chars().count() > RATING_COMMENT_MAX_CHARS)
    {
        problems.push(param(
            "comment",
            format!("must be at most {RATING_COMMENT_MAX_CHARS} characters"),
        ));
    }
    if !problems.is_empty() {
        return Err(invalid(problems));
    }
    let now = state.now();
    let worker = state.clone();
    let rating = Rating {
        score: rating.score,
        comment: rating
            .comment
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty()),
    };
    let outcome = state
        .with_db(move |conn| {
            let tx = conn.transaction()?;
            let Some(complaint) = load(&tx, id, &worker, now)? else {
                return Ok(None);
            };
            if !complaint.can_rate {
                return Ok(Some(Err(complaint.rating.is_some())));
            }
            tx.execute(
                "UPDATE complaints SET rating = ?2 WHERE id = ?1",
                params![id, serde_json::to_string(&rating)?],
            )?;
            let complaint = load(&tx, id, &worker, now)?;
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
pub(crate) async fn list_for_order(
    State(state): State<AppState>,
    Path(order_id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiProblem> {
    let id = crate::authorized_order(&state, order_id, &headers).await?;
    let list = state
        .with_db(move |conn| {
            let mut statement = conn.prepare(
                "SELECT reference, status, topic, created_at FROM complaints
                 WHERE order_id = ?1 ORDER BY created_at DESC, id DESC",
            )?;
            let rows = statement.query_map(params![id], |r| {
                Ok(ComplaintSummary {
                    reference: r.get(0)?,
                    status: parse_code(&r.get::<_, String>(1)?),
                    topic: parse_code(&r.get::<_, String>(2)?),
                    created_at: r.get(3)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await?;
    Ok((
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Json(list),
    )
        .into_response())
}

// ---- the shop's side (admin) ----

/// A reply-by time the shop moves, with its reason.
#[derive(Deserialize)]
pub(crate) struct MovedReplyBy {
    latest_at: String,
    reason: String,
}

#[derive(Deserialize)]
pub(crate) struct ShopUpdate {
    #[serde(default = "default_channel")]
    pub(crate) channel: UpdateChannel,
    #[serde(default)]
    pub(crate) author_name: Option<String>,
    pub(crate) text: String,
    /// The status after this update (default `in_progress`).
    #[serde(default)]
    pub(crate) status: Option<ComplaintStatus>,
    #[serde(default)]
    pub(crate) reply_by: Option<MovedReplyBy>,
}

pub(crate) fn default_channel() -> UpdateChannel {
    UpdateChannel::Email
}

/// `POST /admin/complaints/{reference}/updates` and, with status `resolved`, `…/resolve`.
pub(crate) async fn shop_update(
    state: &AppState,
    reference: String,
    update: ShopUpdate,
) -> Result<Response, ApiProblem> {
    if update.text.trim().is_empty() || update.channel == UpdateChannel::Unknown {
        return Err(invalid(vec![param(
            "text",
            "text and a known channel are required",
        )]));
    }
    let status = update.status.unwrap_or(ComplaintStatus::InProgress);
    if status == ComplaintStatus::Unknown {
        return Err(invalid(vec![param("status", "unknown status")]));
    }
    if let Some(moved) = &update.reply_by {
        if moved.latest_at.parse::<jiff::Timestamp>().is_err() || moved.reason.trim().is_empty() {
            return Err(invalid(vec![param(
                "reply_by",
                "latest_at (RFC 3339) and a reason are required",
            )]));
        }
    }
    let now = state.now();
    let worker = state.clone();
    let reference = normalize_reference(&reference);
    let complaint = state
        .with_db(move |conn| {
            let tx = conn.transaction()?;
            let row: Option<(i64, Option<String>)> = tx
                .query_row(
                    "SELECT id, reply_by FROM complaints WHERE reference = ?1",
                    params![reference],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((id, stored)) = row else {
                return Ok(None);
            };
            insert_update(
                &tx,
                id,
                &stamp(now),
                update.channel,
                UpdateAuthor::Shop,
                update.author_name.as_deref(),
                update.text.trim(),
            )?;
            let mut reply_by = stored
                .and_then(|s| serde_json::from_str::<ReplyBy>(&s).ok())
                .unwrap_or_else(|| worker.office.reply_by(timestamp(now)));
            if let Some(moved) = update.reply_by {
                reply_by.latest_at = office::rfc3339(moved.latest_at.parse()?);
                reply_by.moved_reason = Some(moved.reason.trim().to_owned());
            }
            tx.execute(
                "UPDATE complaints SET status = ?2, reply_by = ?3 WHERE id = ?1",
                params![id, code(status), serde_json::to_string(&reply_by)?],
            )?;
            let complaint = load(&tx, id, &worker, now)?;
            tx.commit()?;
            Ok(complaint)
        })
        .await?;
    complaint.map(ok).ok_or_else(not_found)
}

/// Every complaint, for the shop and the tests (`GET /admin/complaints`).
pub(crate) fn admin_list(conn: &Connection) -> rusqlite::Result<Vec<Value>> {
    let mut statement = conn.prepare(
        "SELECT c.reference, c.status, c.email, c.idempotency_key,
                COALESCE(o.number, c.order_number), c.created_at,
                (SELECT COUNT(*) FROM complaint_updates u WHERE u.complaint_id = c.id),
                (SELECT COUNT(*) FROM complaint_photos p WHERE p.complaint_id = c.id),
                c.rating, c.description
         FROM complaints c LEFT JOIN orders o ON o.id = c.order_id ORDER BY c.id",
    )?;
    let rows = statement.query_map([], |r| {
        Ok(serde_json::json!({
            "reference": r.get::<_, String>(0)?,
            "status": r.get::<_, String>(1)?,
            "email": r.get::<_, String>(2)?,
            "idempotency_key": r.get::<_, Option<String>>(3)?,
            "order_number": r.get::<_, Option<String>>(4)?,
            "created_at": r.get::<_, String>(5)?,
            "updates": r.get::<_, i64>(6)?,
            "photos": r.get::<_, i64>(7)?,
            "rating": r.get::<_, Option<String>>(8)?.and_then(|s| serde_json::from_str::<Value>(&s).ok()),
            "description": r.get::<_, String>(9)?,
        }))
    })?;
    rows.collect()
}

/// Deflection counts per topic (`GET /admin/help/stats`).
pub(crate) fn help_stats(conn: &Connection) -> rusqlite::Result<Vec<Value>> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_readable_and_normalised() {
        let reference = new_reference();
        assert_eq!(reference.len(), 12);
        assert!(reference.starts_with("RC-"));
        assert_eq!(normalize_reference(&reference.to_lowercase()), reference);
        assert_eq!(normalize_reference(" rc 4q7k 2m9p "), "RC-4Q7K-2M9P");
        assert_eq!(normalize_reference("RC-4Q7K-2M9O"), "RC-4Q7K-2M90");
        assert_eq!(normalize_reference("4Q7K2M9P"), "RC-4Q7K-2M9P");
    }

    #[test]
    fn contacts_are_masked() {
        let email = mask_contact(&ContactPreference {
            channel: ContactChannel::Email,
            address: "giulia@example.com".into(),
            window: TimeWindow::Anytime,
        });
        assert_eq!(email.address, "g•••@example.com");
        let phone = mask_contact(&ContactPreference {
            channel: ContactChannel::Whatsapp,
            address: "+39 333 123 4567".into(),
            window: TimeWindow::Morning,
        });
        assert_eq!(phone.address, "+••• ••• •567");
    }

    #[test]
    fn photos_are_checked_by_type_size_and_content() {
        let jpeg = base64::engine::general_purpose::STANDARD.encode([0xFF, 0xD8, 0xFF, 0xE0, 0, 0]);
        let mut problems = Vec::new();
        let photos = check_photos(
            &[
                PhotoUpload {
                    name: "ok.jpg".into(),
                    content_type: "image/jpeg".into(),
                    data: jpeg.clone(),
                },
                PhotoUpload {
                    name: "lie.png".into(),
                    content_type: "image/png".into(),
                    data: jpeg,
                },
                PhotoUpload {
                    name: "x.gif".into(),
                    content_type: "image/gif".into(),
                    data: String::new(),
                },
                PhotoUpload {
                    name: "bad.jpg".into(),
                    content_type: "image/jpeg".into(),
                    data: "not base64!".into(),
                },
            ],
            &mut problems,
        );
        assert_eq!(photos.len(), 1);
        let names: Vec<_> = problems.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["photos[1]", "photos[2]", "photos[3]"]);
    }
}
