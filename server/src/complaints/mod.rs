//! Complaints in the reference backend: submission with an Idempotency-Key, the reply-by promise
//! from office hours, follow-up by reference + e-mail or by token, messages, rating; and the
//! shop's side (updates from any channel, resolution).
//!
//! - `handlers.rs`: the customer's endpoints under `/v1` (`/complaints…` and an order's list).
//! - `validate.rs`: body decoding, field checks, photo and contact checks.
//! - `store.rs`: all the SQL for complaints, their updates, photos and tokens.
//! - `admin.rs`: the shop's endpoints under `/admin/complaints`.
//! - `reference.rs`: the `RC-XXXX-XXXX` references, made and read back.

pub(crate) mod admin;
mod handlers;
mod reference;
pub(crate) mod store;
mod validate;

use axum::{extract::DefaultBodyLimit, routing::get, Router};
use sportello_contract::{MAX_PHOTOS, MAX_PHOTO_BYTES};
use time::OffsetDateTime;

use crate::{edge::json_post, office, AppState};

pub(crate) use admin::{shop_update as record_shop_update, ShopUpdate};
pub(crate) use handlers::{claim, refuse, Claimed};
pub(crate) use reference::normalize_reference;
pub(crate) use store::code;
pub(crate) use validate::{decode, json_object, too_long};

/// Largest complaint or message body: five photos at the limit, base64-encoded, plus text.
pub const MAX_COMPLAINT_BODY_BYTES: usize = MAX_PHOTOS * MAX_PHOTO_BYTES * 4 / 3 + 64 * 1024;

/// The customer's complaint routes, relative to `/v1`. The two that take photos read at most
/// `concurrent_uploads` large bodies at once (one limit for both, `edge::large_bodies`); more
/// wait their turn, and a complaint without photos never waits.
pub(crate) fn routes(concurrent_uploads: usize) -> Router<AppState> {
    let uploads = axum::middleware::from_fn_with_state(
        std::sync::Arc::new(tokio::sync::Semaphore::new(concurrent_uploads.max(1))),
        crate::edge::large_bodies,
    );
    Router::new()
        .route(
            "/orders/{order_id}/complaints",
            get(handlers::list_for_order),
        )
        .route(
            "/complaints",
            json_post(handlers::create)
                .layer(DefaultBodyLimit::max(MAX_COMPLAINT_BODY_BYTES))
                .layer(uploads.clone()),
        )
        .route("/complaints/lookup", json_post(handlers::lookup))
        .route("/complaints/{reference}", get(handlers::get))
        .route(
            "/complaints/{reference}/messages",
            json_post(handlers::add_message)
                .layer(DefaultBodyLimit::max(MAX_COMPLAINT_BODY_BYTES))
                .layer(uploads),
        )
        .route("/complaints/{reference}/rating", json_post(handlers::rate))
}

/// The instant as a timestamp, whole seconds.
fn timestamp(now: OffsetDateTime) -> jiff::Timestamp {
    jiff::Timestamp::from_second(now.unix_timestamp()).unwrap_or_default()
}

/// The instant as stored and shown, RFC 3339 in whole seconds.
/// Measures the first-reply times of the last [`office::MEASURED_DAYS`] days in office time and
/// makes them the office's promise (the configured figures while too few were answered): what
/// `/v1/config` reports and what new complaints' reply-by times are counted from.
pub(crate) fn refresh_figures(
    conn: &rusqlite::Connection,
    office: &crate::office::Office,
    now: OffsetDateTime,
) -> anyhow::Result<crate::office::Figures> {
    let since = stamp(now - time::Duration::days(crate::office::MEASURED_DAYS));
    let minutes = store::first_replies(conn, &since)?
        .into_iter()
        .filter_map(|(received, replied)| {
            let (received, replied) = (received.parse().ok()?, replied.parse().ok()?);
            Some(office.office_minutes(received, replied))
        })
        .collect();
    office.set_measured(crate::office::measure(minutes));
    Ok(office.figures())
}

pub(crate) fn stamp(now: OffsetDateTime) -> String {
    office::rfc3339(timestamp(now))
}
