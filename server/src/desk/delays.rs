//! The desk's queue of delays nobody has explained yet: the parcels the detector found late or
//! silent (`detector.rs`), which staff explain one or many at once (every parcel of a carrier
//! or of a day, or a pasted list of orders). The explanation is what the widget's banner and
//! the customers' e-mails then say.

use axum::{
    body::Bytes,
    extract::{Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use minijinja::{context, Value};
use serde::Deserialize;
use sportello_contract::{DateWindow, Delay, DelayReason, DelaySide, Goodwill};

use super::{agent, language, options, page, same, store, to_sign_in, when, words};
use crate::{
    complaints, db,
    letters::day as letters_day,
    words::{text, Arg},
    AppState,
};

/// Longest shop's words and action, in characters (what the widget shows comfortably).
const WORDS_MAX: usize = 1000;
/// Most order numbers one pasted list may name.
const PASTED_MAX: usize = 500;

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
pub(super) struct QueueFilter {
    #[serde(default)]
    carrier: String,
    #[serde(default)]
    day: String,
    #[serde(default)]
    done: Option<usize>,
}

/// What staff wrote in the explanation form, kept as typed to show it again on a refusal.
#[derive(Debug, Clone, Default, serde::Serialize)]
struct Explanation {
    parcels: Vec<String>,
    pasted: String,
    reason: String,
    side: String,
    message: String,
    action: String,
    new_date: String,
    voucher_code: String,
    voucher_amount: String,
    voucher_percent: String,
    carrier: String,
    day: String,
    csrf: String,
}

impl Explanation {
    fn parse(body: &[u8]) -> Explanation {
        let mut form = Explanation::default();
        for (key, value) in url::form_urlencoded::parse(body) {
            let value = value.into_owned();
            match key.as_ref() {
                "parcel" if form.parcels.len() < PASTED_MAX => form.parcels.push(value),
                "pasted" => form.pasted = value,
                "reason" => form.reason = value,
                "side" => form.side = value,
                "message" => form.message = value,
                "action" => form.action = value,
                "new_date" => form.new_date = value,
                "voucher_code" => form.voucher_code = value,
                "voucher_amount" => form.voucher_amount = value,
                "voucher_percent" => form.voucher_percent = value,
                "carrier" => form.carrier = value,
                "day" => form.day = value,
                "csrf" => form.csrf = value,
                _ => {}
            }
        }
        form
    }
}

fn code<T: serde::Serialize>(value: T) -> String {
    complaints::store::code(value)
}

fn from_code<T: serde::de::DeserializeOwned>(code: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(code.to_owned())).ok()
}

/// An amount typed by staff ("5", "5,50", "5.50") in minor units.
pub(super) fn minor_units(typed: &str) -> Option<i64> {
    let typed = typed.trim().replace(',', ".");
    let (whole, cents) = typed.split_once('.').unwrap_or((&typed, ""));
    if whole.is_empty() || whole.len() > 7 || cents.len() > 2 {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let cents: i64 = if cents.is_empty() {
        0
    } else {
        format!("{cents:0<2}").parse().ok()?
    };
    (whole >= 0 && cents >= 0).then_some(whole * 100 + cents)
}

/// The day `date` (YYYY-MM-DD) in the shop's time zone, as a window from its first to its last
/// second, or `None` when it is not a date.
fn day_window(date: &str, time_zone: &str) -> Option<DateWindow> {
    let day: jiff::civil::Date = date.trim().parse().ok()?;
    let zone = jiff::tz::TimeZone::get(time_zone).ok()?;
    let start = day.to_zoned(zone.clone()).ok()?;
    let end = day.tomorrow().ok()?.to_zoned(zone).ok()?;
    let last = end
        .timestamp()
        .checked_sub(jiff::SignedDuration::from_secs(1))
        .ok()?;
    Some(DateWindow {
        from: start.timestamp().strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        to: last.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
    })
}

/// The parcels of the queue, narrowed to a carrier and a day.
fn shown<'a>(rows: &'a [store::Finding], filter: &QueueFilter) -> Vec<&'a store::Finding> {
    rows.iter()
        .filter(|r| filter.carrier.is_empty() || r.carrier == filter.carrier)
        .filter(|r| filter.day.is_empty() || r.shipped_on.as_deref() == Some(filter.day.as_str()))
        .collect()
}

/// `GET /desk/delays`
pub(super) async fn queue(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(filter): Query<QueueFilter>,
) -> Response {
    let Some(agent) = agent(&state, &headers).await else {
        return to_sign_in();
    };
    let lang = language(&headers);
    let form = Explanation {
        carrier: filter.carrier.clone(),
        day: filter.day.clone(),
        side: "carrier".to_owned(),
        ..Explanation::default()
    };
    let done = filter.done.map(|count| {
        text(
            lang,
            "desk-delays-done",
            &[("count", Arg::Number(count as i64))],
        )
    });
    render(&state, &agent, lang, StatusCode::OK, form, true, done, None).await
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    agent: &super::staff::Agent,
    lang: &'static str,
    status: StatusCode,
    form: Explanation,
    fresh: bool,
    done: Option<String>,
    error: Option<String>,
) -> Response {
    let Ok(rows) = state.read(|conn| Ok(store::findings(conn)?)).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let filter = QueueFilter {
        carrier: form.carrier.clone(),
        day: form.day.clone(),
        done: None,
    };
    let filtered = !filter.carrier.is_empty() || !filter.day.is_empty();
    let tz = state.letterhead.time_zone.as_str();
    let visible: Vec<_> = shown(&rows, &filter)
        .into_iter()
        .map(|r| {
            let key = format!("{}/{}", r.number, r.shipment_id);
            // A filter picks every parcel it shows; otherwise staff tick the ones they mean.
            let ticked = if fresh {
                filtered
            } else {
                form.parcels.contains(&key)
            };
            serde_json::json!({
                "key": key,
                "number": r.number,
                "carrier": r.carrier,
                "tracking": r.tracking_number,
                "status": text(lang, "tracking-shipment-status-name", &[("status", Arg::Text(&r.status))]),
                "finding": text(lang, "desk-finding-name", &[
                    ("kind", Arg::Text(&r.kind)),
                    ("days", Arg::Number(r.silent_days)),
                ]),
                "found": when(state, &r.found_at, lang),
                "shipped": r.shipped_at.as_deref().and_then(|at| letters_day(at, tz, lang)).unwrap_or_default(),
                "estimate": r.estimate.as_ref().map(|w| crate::letters::window_text(&w.from, &w.to, tz, lang)),
                "ticked": ticked,
                "pick": text(lang, "desk-pick", &[
                    ("number", Arg::Text(&r.number)),
                    ("carrier", Arg::Text(&r.carrier)),
                ]),
            })
        })
        .collect();
    let mut carriers: Vec<&str> = rows.iter().map(|r| r.carrier.as_str()).collect();
    carriers.sort_unstable();
    carriers.dedup();
    let mut days: Vec<(String, String)> = rows
        .iter()
        .filter_map(|r| {
            Some((
                r.shipped_on.clone()?,
                letters_day(r.shipped_at.as_deref()?, tz, lang)?,
            ))
        })
        .collect();
    days.sort();
    days.dedup();
    let summary = text(
        lang,
        "desk-delays-summary",
        &[("count", Arg::Number(rows.len() as i64))],
    );
    page(
        status,
        "desk/delays.html",
        context! {
            lang, shop => &state.config.shop_name, w => words(lang),
            title => text(lang, "desk-delays-title", &[]),
            agent => &agent.email, csrf => &agent.csrf,
            rows => Value::from_serialize(&visible), summary, filtered,
            carriers => Value::from_serialize(&carriers),
            days => Value::from_serialize(days.iter().map(|(v, l)| serde_json::json!({"value": v, "label": l})).collect::<Vec<_>>()),
            form => Value::from_serialize(&form),
            reasons => options(&DelayReason::ALL, code, |c| text(lang, "desk-reason-name", &[("reason", Arg::Text(c))])),
            sides => options(
                &[DelaySide::Carrier, DelaySide::Shop, DelaySide::Customs, DelaySide::Bank, DelaySide::Customer, DelaySide::Other],
                code,
                |c| text(lang, "desk-side-name", &[("side", Arg::Text(c))])),
            done, error,
        },
    )
}

/// What one explanation records on every parcel it names.
struct Recorded {
    delay: Delay,
    parcels: Vec<(String, String)>,
}

/// Checks the form; a refusal is the message staff read.
fn check(
    state: &AppState,
    lang: &str,
    form: &Explanation,
    conn: &rusqlite::Connection,
    now: jiff::Timestamp,
) -> anyhow::Result<Result<Recorded, String>> {
    let refuse = |key: &str, args: &[(&str, Arg)]| Ok(Err(text(lang, key, args)));
    let mut parcels: Vec<(String, String)> = Vec::new();
    for key in &form.parcels {
        // Order numbers may hold a slash ("2026/123"); parcel ids do not.
        if let Some((number, shipment)) = key.rsplit_once('/') {
            parcels.push((number.to_owned(), shipment.to_owned()));
        }
    }
    let pasted: Vec<&str> = form
        .pasted
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|n| !n.is_empty())
        .collect();
    if pasted.len() > PASTED_MAX {
        return refuse(
            "desk-delays-too-many",
            &[("max", Arg::Number(PASTED_MAX as i64))],
        );
    }
    let mut unknown = Vec::new();
    for number in pasted {
        match store::parcels_on_the_way(conn, number)? {
            Some(found) if !found.is_empty() => parcels.extend(found),
            Some(_) => unknown.push(number.to_owned()),
            None => unknown.push(number.to_owned()),
        }
    }
    if !unknown.is_empty() {
        return refuse(
            "desk-delays-unknown",
            &[("numbers", Arg::Text(&unknown.join(", ")))],
        );
    }
    parcels.sort();
    parcels.dedup();
    if parcels.is_empty() {
        return refuse("desk-delays-none-chosen", &[]);
    }
    let (Some(reason), Some(side)) = (
        from_code::<DelayReason>(&form.reason).filter(|r| *r != DelayReason::Unknown),
        from_code::<DelaySide>(&form.side).filter(|s| *s != DelaySide::Unknown),
    ) else {
        return refuse("desk-delays-reason-required", &[]);
    };
    let (message, action) = (form.message.trim(), form.action.trim());
    if message.chars().count() > WORDS_MAX || action.chars().count() > WORDS_MAX {
        return refuse(
            "desk-delays-too-long",
            &[("max", Arg::Number(WORDS_MAX as i64))],
        );
    }
    let tz = state.letterhead.time_zone.as_str();
    let new_estimate = if form.new_date.trim().is_empty() {
        None
    } else {
        match day_window(&form.new_date, tz) {
            Some(window)
                if window.to.as_str()
                    >= now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string().as_str() =>
            {
                Some(window)
            }
            _ => return refuse("desk-delays-date-past", &[]),
        }
    };
    let code = form.voucher_code.trim();
    let goodwill = if code.is_empty() {
        None
    } else {
        let amount = Some(form.voucher_amount.trim()).filter(|a| !a.is_empty());
        let percent = Some(form.voucher_percent.trim()).filter(|p| !p.is_empty());
        let amount = match amount.map(minor_units) {
            Some(None) => return refuse("desk-delays-voucher-value", &[]),
            Some(Some(a)) if a > 0 => Some(a),
            Some(Some(_)) => return refuse("desk-delays-voucher-value", &[]),
            None => None,
        };
        let percent = match percent.map(|p| p.parse::<u8>().ok().filter(|p| (1..=100).contains(p)))
        {
            Some(None) => return refuse("desk-delays-voucher-value", &[]),
            other => other.flatten(),
        };
        if amount.is_some() == percent.is_some() || code.chars().count() > 64 {
            return refuse("desk-delays-voucher-value", &[]);
        }
        Some(Goodwill {
            code: code.to_owned(),
            amount,
            percent,
            expires_at: None,
            conditions: None,
        })
    };
    Ok(Ok(Recorded {
        delay: Delay {
            reason,
            side,
            message: Some(message.to_owned()).filter(|m| !m.is_empty()),
            action: Some(action.to_owned()).filter(|a| !a.is_empty()),
            reported_at: Some(now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()),
            new_estimate,
            goodwill,
        },
        parcels,
    }))
}

/// `POST /desk/delays/explain`: records the explanation on every parcel named (ticked, or of
/// a pasted order), and the customers subscribed to those orders hear of it at once.
pub(super) async fn explain(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(agent) = agent(&state, &headers).await else {
        return to_sign_in();
    };
    let lang = language(&headers);
    let form = Explanation::parse(&body);
    if !same(&agent.csrf, &form.csrf) {
        let error = Some(text(lang, "desk-form-expired", &[]));
        return render(
            &state,
            &agent,
            lang,
            StatusCode::FORBIDDEN,
            form,
            false,
            None,
            error,
        )
        .await;
    }
    let now = jiff::Timestamp::from_second(state.now().unix_timestamp())
        .unwrap_or_else(|_| jiff::Timestamp::now());
    let (checked_state, checked_form) = (state.clone(), form.clone());
    let checked = state
        .read(move |conn| check(&checked_state, lang, &checked_form, conn, now))
        .await;
    let recorded = match checked {
        Ok(Ok(recorded)) => recorded,
        Ok(Err(error)) => {
            return render(
                &state,
                &agent,
                lang,
                StatusCode::UNPROCESSABLE_ENTITY,
                form,
                false,
                None,
                Some(error),
            )
            .await
        }
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let by = agent.email.clone();
    let count = state
        .with_db(move |conn| {
            let mut count = 0;
            for (number, shipment) in &recorded.parcels {
                let delay = recorded.delay.clone();
                let done = db::update_tracking(conn, number, |order_id, tracking, tx| {
                    let Some(parcel) = tracking.shipments.iter_mut().find(|s| &s.id == shipment)
                    else {
                        return Ok(false);
                    };
                    if let Some(window) = &delay.new_estimate {
                        parcel.estimated_delivery = Some(window.clone());
                        parcel.estimate_revised_at = delay.reported_at.clone();
                    }
                    let at = delay.reported_at.clone().unwrap_or_default();
                    parcel.delay = Some(delay);
                    store::explained(tx, order_id, shipment, &at, &by)?;
                    Ok(true)
                })?;
                count += usize::from(done == Some(true));
            }
            Ok(count)
        })
        .await;
    let Ok(count) = count else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    state.announce().await;
    tracing::info!(count, "delays explained from the desk");
    let mut back = format!("/desk/delays?done={count}");
    for (key, value) in [("carrier", &form.carrier), ("day", &form.day)] {
        if !value.is_empty() {
            back.push_str(&format!(
                "&{key}={}",
                url::form_urlencoded::byte_serialize(value.as_bytes()).collect::<String>()
            ));
        }
    }
    Redirect::to(&back).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_days() {
        assert_eq!(minor_units("5"), Some(500));
        assert_eq!(minor_units("5,5"), Some(550));
        assert_eq!(minor_units("12.05"), Some(1205));
        assert_eq!(minor_units("5.555"), None);
        assert_eq!(minor_units("-3"), None);
        assert_eq!(minor_units("cinque"), None);
        let window = day_window("2026-12-04", "Europe/Rome").unwrap();
        assert_eq!(window.from, "2026-12-03T23:00:00Z");
        assert_eq!(window.to, "2026-12-04T22:59:59Z");
        assert!(day_window("4/12/2026", "Europe/Rome").is_none());
    }
}
