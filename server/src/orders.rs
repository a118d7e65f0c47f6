//! The order endpoints of `/v1`: the lookup by number and e-mail or postcode (rate-limited,
//! answering with an order token), the order by its token, and subscriptions to updates; plus
//! the check of an order token that the complaint endpoints share.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Extension, Json, Router,
};
use serde_json::{Map, Value};
use sportello_contract::{
    is_plausible_email, is_plausible_phone, normalize_order_number, normalize_postcode,
    InvalidParam, LookupProof, LookupRequest, NotifyChannel, Problem, ProblemType, Subscription,
    SubscriptionRequest,
};
use time::{format_description::well_known::Rfc3339, OffsetDateTime};

use crate::{
    bearer, db,
    edge::json_post,
    no_store,
    problem::{invalid, param},
    ratelimit::{client_key, rate_limited},
    ApiProblem, AppState,
};

/// The order routes, relative to `/v1`.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/orders/lookup", json_post(lookup_order))
        .route("/orders/{order_id}", get(get_order))
        .route("/orders/{order_id}/subscriptions", json_post(subscribe))
}

/// 401 for a missing, unknown or expired order token.
pub(crate) fn unauthorized() -> ApiProblem {
    Problem::new(ProblemType::Unauthorized)
        .with_detail("Look the order up again with its number and e-mail address.")
        .into()
}

/// Resolves `Authorization: Bearer` for the order `public_id` to its row id.
pub(crate) async fn authorized_order(
    state: &AppState,
    public_id: String,
    headers: &HeaderMap,
) -> Result<i64, ApiProblem> {
    let token = bearer(headers).ok_or_else(unauthorized)?.to_owned();
    let now = state.now();
    state
        .read(move |conn| Ok(db::authorize(conn, &public_id, &token, now)?))
        .await?
        .ok_or_else(unauthorized)
}

/// `POST /v1/orders/lookup`
async fn lookup_order(
    State(state): State<AppState>,
    peer: Option<Extension<crate::client::ClientAddr>>,
    body: Bytes,
) -> Result<Response, ApiProblem> {
    let now = std::time::Instant::now();
    if let Err(wait) = state.per_client.hit(&client_key(peer), now) {
        return Ok(rate_limited(wait));
    }
    let request = parse_lookup(
        &body,
        &state
            .config
            .lookup
            .as_ref()
            .map(|l| l.proofs.clone())
            .unwrap_or_default(),
    )?;
    let order_key = normalize_order_number(request.order_number());
    // Postcodes are guessable, so their failed proofs are counted per order and slow down every
    // postcode proof of that order. An e-mail proof is not: others' failures must never lock the
    // rightful customer out (order numbers are sequential), and the per-client limit above
    // holds one client's guesses.
    let by_postcode = matches!(request, LookupRequest::ByPostcode { .. });
    if by_postcode {
        if let Err(wait) = state.per_order.check(&order_key, now) {
            return Ok(rate_limited(wait));
        }
    }
    // Found and loaded by a reader; only the token is written.
    let found = state
        .read(move |conn| {
            let Some(id) = db::lookup(conn, &request)? else {
                return Ok(None);
            };
            Ok(db::load_order(conn, id)?.map(|order| (id, order)))
        })
        .await?;
    match found {
        Some((id, mut order)) => {
            let issued_at = state.now();
            order.access = Some(
                state
                    .with_db(move |conn| db::issue_token(conn, id, issued_at))
                    .await?,
            );
            Ok(no_store(order))
        }
        None => {
            if by_postcode {
                let _ = state.per_order.hit(&order_key, now);
            }
            Err(Problem::new(ProblemType::OrderNotFound)
                .with_detail("Check the order number and the e-mail address or postcode.")
                .into())
        }
    }
}

/// `GET /v1/orders/{order_id}`
async fn get_order(
    State(state): State<AppState>,
    Path(order_id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiProblem> {
    let id = authorized_order(&state, order_id, &headers).await?;
    let order = state
        .read(move |conn| {
            db::load_order(conn, id)?.ok_or_else(|| anyhow::anyhow!("order vanished"))
        })
        .await?;
    Ok(no_store(order))
}

/// `POST /v1/orders/{order_id}/subscriptions`
async fn subscribe(
    State(state): State<AppState>,
    Path(order_id): Path<String>,
    peer: Option<Extension<crate::client::ClientAddr>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiProblem> {
    let id = authorized_order(&state, order_id, &headers).await?;
    if let Err(limited) = state.writes.allow(&client_key(peer), 0) {
        return Ok(limited.into_response());
    }
    let (channel, phone, locale) = parse_subscription(&body)?;
    let created_at = OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .map_err(|_| ApiProblem::internal())?
        .format(&Rfc3339)
        .map_err(|_| ApiProblem::internal())?;
    let stamp = created_at.clone();
    state
        .with_db(move |conn| {
            Ok(db::subscribe(
                conn,
                id,
                channel,
                phone.as_deref(),
                locale.as_deref(),
                &stamp,
            )?)
        })
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(Subscription {
            channel,
            created_at,
        }),
    )
        .into_response())
}

fn not_an_object() -> ApiProblem {
    Problem::new(ProblemType::MalformedRequest)
        .with_detail("The body must be a JSON object.")
        .into()
}

/// Parses and validates a subscription body: the channel, and the phone number for SMS and
/// WhatsApp (e-mail goes to the order's own address).
fn parse_subscription(
    body: &[u8],
) -> Result<(NotifyChannel, Option<String>, Option<String>), ApiProblem> {
    let request: SubscriptionRequest = match serde_json::from_slice::<Value>(body) {
        Ok(value @ Value::Object(_)) => serde_json::from_value(value).map_err(|e| {
            let mut problem = Problem::new(ProblemType::InvalidRequest).with_detail(e.to_string());
            problem.invalid_params = vec![param("channel", "channel and consent are required")];
            ApiProblem::from(problem)
        })?,
        _ => return Err(not_an_object()),
    };
    let mut invalid_params = Vec::new();
    if !request.consent {
        invalid_params.push(param("consent", "must be true"));
    }
    // The address, when present, is a phone number whatever the channel (the schema's pattern).
    let phone = match request.address.as_deref() {
        Some(phone) if phone.chars().nth(MAX_FIELD_CHARS).is_some() => {
            invalid_params.push(param(
                "address",
                format!("must be at most {MAX_FIELD_CHARS} characters"),
            ));
            None
        }
        Some(phone) if is_plausible_phone(phone) => Some(phone.trim().to_owned()),
        Some(_) => {
            invalid_params.push(param(
                "address",
                "must be a phone number in international format, like +39 333 123 4567",
            ));
            None
        }
        None => None,
    };
    match request.channel {
        NotifyChannel::Email => {}
        NotifyChannel::Sms | NotifyChannel::Whatsapp if request.address.is_none() => {
            invalid_params.push(param(
                "address",
                "must be a phone number in international format, like +39 333 123 4567",
            ));
        }
        NotifyChannel::Sms | NotifyChannel::Whatsapp => {}
        NotifyChannel::Unknown => {
            invalid_params.push(param("channel", "must be email, sms or whatsapp"));
        }
    }
    if request
        .locale
        .as_ref()
        .is_some_and(|l| l.chars().count() > 35)
    {
        invalid_params.push(param("locale", "must be a language tag like it or en-GB"));
    }
    // E-mail goes to the order's own address.
    let phone = phone.filter(|_| request.channel != NotifyChannel::Email);
    if !invalid_params.is_empty() {
        return Err(invalid(invalid_params));
    }
    let locale = request
        .locale
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty());
    Ok((request.channel, phone, locale))
}

const MAX_FIELD_CHARS: usize = 254;

/// Parses and validates a lookup body, naming every rejected field. The body carries exactly
/// one proof: with both `email` and `postcode` (neither `null`) it is refused (contract 1.3), as
/// is a proof the
/// shop does not accept (`accepted`, its `lookup.proofs`).
fn parse_lookup(body: &[u8], accepted: &[LookupProof]) -> Result<LookupRequest, ApiProblem> {
    let Ok(Value::Object(fields)) = serde_json::from_slice::<Value>(body) else {
        return Err(not_an_object());
    };
    let mut invalid_params = Vec::new();
    let order_number = text_field(&fields, "order_number", true, &mut invalid_params);
    // A proof's field sent as `null` is as good as absent.
    let present = |name: &str| fields.get(name).is_some_and(|v| !v.is_null());
    let (has_email, has_postcode) = (present("email"), present("postcode"));
    match (has_email, has_postcode) {
        (false, false) => invalid_params.push(param(
            "email",
            "an e-mail address or a postcode is required",
        )),
        (true, true) => invalid_params.push(param(
            "postcode",
            "send an e-mail address or a postcode, not both",
        )),
        _ => {}
    }
    let proof = if has_email {
        LookupProof::Email
    } else {
        LookupProof::Postcode
    };
    let name = if has_email { "email" } else { "postcode" };
    let value = (has_email != has_postcode)
        .then(|| text_field(&fields, name, true, &mut invalid_params))
        .flatten();
    if let Some(value) = &value {
        if !accepted.contains(&proof) {
            invalid_params.push(param(
                name,
                if has_email {
                    "this shop looks orders up by postcode"
                } else {
                    "this shop looks orders up by e-mail address"
                },
            ));
        } else if has_email && !is_plausible_email(value) {
            invalid_params.push(param("email", "must be an e-mail address"));
        } else if !has_email && normalize_postcode(value).is_empty() {
            invalid_params.push(param("postcode", "must not be empty"));
        }
    }
    if let Some(number) = &order_number {
        if normalize_order_number(number).is_empty() {
            invalid_params.push(param("order_number", "must not be empty"));
        }
    }
    if !invalid_params.is_empty() {
        return Err(invalid(invalid_params));
    }
    let (order_number, value) = (order_number.unwrap_or_default(), value.unwrap_or_default());
    Ok(if has_email {
        LookupRequest::ByEmail {
            order_number,
            email: value,
        }
    } else {
        LookupRequest::ByPostcode {
            order_number,
            postcode: value,
        }
    })
}

/// A string field of the lookup body, or why it was rejected.
fn text_field(
    fields: &Map<String, Value>,
    name: &str,
    required: bool,
    invalid_params: &mut Vec<InvalidParam>,
) -> Option<String> {
    let reason = match fields.get(name) {
        None | Some(Value::Null) if !required => return None,
        None | Some(Value::Null) => "is required".to_owned(),
        Some(Value::String(s)) if s.trim().is_empty() => "must not be empty".to_owned(),
        Some(Value::String(s)) if s.chars().count() > MAX_FIELD_CHARS => {
            format!("must be at most {MAX_FIELD_CHARS} characters")
        }
        Some(Value::String(s)) => return Some(s.clone()),
        Some(_) => "must be a string".to_owned(),
    };
    invalid_params.push(param(name, reason));
    None
}
