//! The shop's side of complaints, under `/admin/complaints` (routed by `crate::admin`, behind its
//! token): every complaint, an update from any channel (web, e-mail, phone, chat, store) that
//! may change the status or move the reply-by promise, and the resolution.

use axum::{
    extract::{rejection::JsonRejection, Path, State},
    response::{IntoResponse, Response},
    Json,
};
use serde::Deserialize;
use sportello_contract::{ComplaintStatus, UpdateAuthor, UpdateChannel};

use super::{
    handlers::not_found, reference::normalize_reference, stamp, store, timestamp, validate,
};
use crate::{admin::body, no_store, office, ApiProblem, AppState};

/// A reply-by time the shop moves, with its reason.
#[derive(Deserialize)]
pub(crate) struct MovedReplyBy {
    pub(super) latest_at: String,
    pub(super) reason: String,
}

/// An update on a complaint from the shop.
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

fn default_channel() -> UpdateChannel {
    UpdateChannel::Email
}

/// `GET /admin/complaints`: every complaint, for the shop and the tests.
pub(crate) async fn list(State(state): State<AppState>) -> Result<Response, ApiProblem> {
    let list = state.with_db(|conn| Ok(store::admin_list(conn)?)).await?;
    Ok(Json(list).into_response())
}

/// `POST /admin/complaints/{reference}/updates`
pub(crate) async fn update(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    payload: Result<Json<ShopUpdate>, JsonRejection>,
) -> Result<Response, ApiProblem> {
    shop_update(&state, reference, body(payload)?)
        .await?
        .map(no_store)
        .ok_or_else(not_found)
}

#[derive(Deserialize)]
pub(crate) struct Resolution {
    text: String,
    #[serde(default)]
    channel: Option<UpdateChannel>,
    #[serde(default)]
    author_name: Option<String>,
}

/// `POST /admin/complaints/{reference}/resolve`: an update with status `resolved`.
pub(crate) async fn resolve(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    payload: Result<Json<Resolution>, JsonRejection>,
) -> Result<Response, ApiProblem> {
    let resolution = body(payload)?;
    let update = ShopUpdate {
        channel: resolution.channel.unwrap_or_else(default_channel),
        author_name: resolution.author_name,
        text: resolution.text,
        status: Some(ComplaintStatus::Resolved),
        reply_by: None,
    };
    shop_update(&state, reference, update)
        .await?
        .map(no_store)
        .ok_or_else(not_found)
}

/// Records the shop's update, sets the status, and keeps (or moves) the reply-by promise; an
/// answer on the e-mail channel and the resolution go to the customer by e-mail. The complaint
/// as the customer now sees it; `None` for an unknown reference. Shared by `/admin` and the desk.
pub(crate) async fn shop_update(
    state: &AppState,
    reference: String,
    update: ShopUpdate,
) -> Result<Option<sportello_contract::Complaint>, ApiProblem> {
    let status = validate::shop_update(&update)?;
    let now = state.now();
    let office = state.office.clone();
    let letterhead = state.letterhead.clone();
    let reference = normalize_reference(&reference);
    let complaint = state
        .with_db(move |conn| {
            let tx = conn.transaction()?;
            let Some((id, stored)) = store::find_for_shop(&tx, &reference)? else {
                return Ok(None);
            };
            store::insert_update(
                &tx,
                id,
                &stamp(now),
                update.channel,
                UpdateAuthor::Shop,
                update.author_name.as_deref(),
                update.text.trim(),
            )?;
            let mut reply_by = stored.unwrap_or_else(|| office.reply_by(timestamp(now)));
            if let Some(moved) = update.reply_by {
                reply_by.latest_at = office::rfc3339(moved.latest_at.parse()?);
                reply_by.moved_reason = Some(moved.reason.trim().to_owned());
            }
            store::set_status(&tx, id, status, &reply_by)?;
            // An answer on the e-mail channel is sent by e-mail; the resolution always is, with
            // the invitation to rate it.
            if update.channel == UpdateChannel::Email || status == ComplaintStatus::Resolved {
                let (email, locale) = store::contact_of(&tx, id)?;
                let letter = crate::letters::complaint_update(
                    locale.as_deref(),
                    &letterhead,
                    &reference,
                    update.author_name.as_deref(),
                    update.text.trim(),
                    status,
                );
                let kind = if status == ComplaintStatus::Resolved {
                    "complaint_resolved"
                } else {
                    "complaint_answer"
                };
                crate::db::queue_complaint_mail(
                    &tx,
                    id,
                    &email,
                    kind,
                    crate::letters::language(locale.as_deref()),
                    &letter,
                    &stamp(now),
                )?;
            }
            let complaint = store::load(&tx, id, &office, now)?;
            tx.commit()?;
            // A first answer moves the reply times the shop promises.
            super::refresh_figures(conn, &office, now)?;
            Ok(complaint)
        })
        .await?;
    state.outbox_wake.notify_waiters();
    Ok(complaint)
}
