//! What customers hear about their order, and when.
//!
//! Every change to an order's tracking goes through `db::update_tracking` or `db::put_order`
//! (the admin API, the ingest API, the Shopify and WooCommerce webhooks, the import, the
//! detector). In the same transaction, [`record`] compares the tracking before and after and
//! keeps a *notice* for each thing a customer would want to know: a delay (new or changed, of
//! the order, a parcel or a refund), a parcel's new estimate, a delivery, a refund sent. So a
//! change is noticed once, whoever made it, and the same document sent again notices nothing.
//!
//! [`render_pending`] then writes each notice as a message for everyone who asked to hear about
//! the order, each in their language on their channel, and (with `--notify-all-delays`) a delay
//! to the order's e-mail address even when nobody asked: a service message about their order.
//! The outbox (`mail.rs`, `messages.rs`) sends them.

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use sportello_contract::{Delay, RefundStatus, ShipmentStatus};

use crate::{
    db::{self, Tracking},
    letters::{self, Letterhead},
};

/// What a notice is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice {
    /// A delay of the whole order, of one parcel, or of one refund, new or changed.
    Delay {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        shipment: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        refund: Option<String>,
    },
    /// A voucher given for a delay already told.
    Voucher {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        shipment: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        refund: Option<String>,
    },
    /// A parcel's estimate moved, without a delay saying why.
    Estimate {
        shipment: String,
    },
    Delivered {
        shipment: String,
    },
    RefundIssued {
        refund: String,
    },
}

impl Notice {
    /// The outbox's `kind` of the message.
    pub fn kind(&self) -> &'static str {
        match self {
            Notice::Delay {
                refund: Some(_), ..
            } => "refund_late",
            Notice::Delay { .. } => "delay",
            Notice::Voucher { .. } => "voucher",
            Notice::Estimate { .. } => "estimate",
            Notice::Delivered { .. } => "delivered",
            Notice::RefundIssued { .. } => "refund_issued",
        }
    }
}

/// How a delay changed, if it is worth telling: a new or different delay, or only a voucher
/// given for it.
#[derive(PartialEq)]
enum DelayChange {
    New,
    Voucher,
}

fn delay_change(before: Option<&Delay>, after: Option<&Delay>) -> Option<DelayChange> {
    let after = after?;
    match before {
        Some(before) if before == after => None,
        Some(before)
            if after.goodwill.is_some()
                && Delay {
                    goodwill: after.goodwill.clone(),
                    ..before.clone()
                } == *after =>
        {
            Some(DelayChange::Voucher)
        }
        _ => Some(DelayChange::New),
    }
}

/// The notice of a changed delay of the order, a parcel or a refund.
fn delay_notice(change: DelayChange, shipment: Option<String>, refund: Option<String>) -> Notice {
    match change {
        DelayChange::New => Notice::Delay { shipment, refund },
        DelayChange::Voucher => Notice::Voucher { shipment, refund },
    }
}

/// What changed between two versions of an order's tracking that its customer should hear.
pub fn changes(before: &Tracking, after: &Tracking) -> Vec<Notice> {
    let mut notices = Vec::new();
    if let Some(change) = delay_change(before.delay.as_ref(), after.delay.as_ref()) {
        notices.push(delay_notice(change, None, None));
    }
    for parcel in &after.shipments {
        let Some(old) = before.shipments.iter().find(|s| s.id == parcel.id) else {
            continue;
        };
        let shipment = Some(parcel.id.clone());
        if parcel.status == ShipmentStatus::Delivered && old.status != ShipmentStatus::Delivered {
            notices.push(Notice::Delivered {
                shipment: parcel.id.clone(),
            });
        } else if let Some(change) = delay_change(old.delay.as_ref(), parcel.delay.as_ref()) {
            notices.push(delay_notice(change, shipment, None));
        } else if parcel.estimated_delivery.is_some()
            && old.estimated_delivery.is_some()
            && parcel.estimated_delivery != old.estimated_delivery
            && parcel.status != ShipmentStatus::Delivered
        {
            notices.push(Notice::Estimate {
                shipment: parcel.id.clone(),
            });
        }
    }
    for refund in &after.refunds {
        let old = before.refunds.iter().find(|r| r.id == refund.id);
        let sent = |s: RefundStatus| matches!(s, RefundStatus::Issued | RefundStatus::Completed);
        if sent(refund.status) && !old.is_some_and(|o| sent(o.status)) {
            notices.push(Notice::RefundIssued {
                refund: refund.id.clone(),
            });
        } else if let Some(change) =
            delay_change(old.and_then(|o| o.delay.as_ref()), refund.delay.as_ref())
        {
            notices.push(delay_notice(change, None, Some(refund.id.clone())));
        }
    }
    notices
}

/// Keeps a notice for each change worth telling, in the transaction that made the change.
pub fn record(
    tx: &Transaction,
    order_id: i64,
    before: &Tracking,
    after: &Tracking,
) -> rusqlite::Result<usize> {
    let notices = changes(before, after);
    for notice in &notices {
        tx.execute(
            "INSERT INTO notices (order_id, notice, created_at)
             VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
            params![order_id, serde_json::to_string(notice).unwrap_or_default()],
        )?;
    }
    Ok(notices.len())
}

/// Someone to tell: a subscriber, or (for a delay, with `--notify-all-delays`) the order's
/// e-mail address.
struct Recipient {
    channel: String,
    address: String,
    locale: Option<String>,
    /// The subscription's token, for the one-click unsubscribe; `None` for a service message.
    unsubscribe: Option<String>,
}

fn recipients(
    conn: &Connection,
    order_id: i64,
    notice: &Notice,
    letterhead: &Letterhead,
) -> rusqlite::Result<Vec<Recipient>> {
    let mut stmt = conn.prepare(
        "SELECT channel, address, locale, unsubscribe_token FROM subscriptions
         WHERE order_id = ?1 ORDER BY channel",
    )?;
    let mut list = stmt
        .query_map(params![order_id], |r| {
            Ok(Recipient {
                channel: r.get(0)?,
                address: r.get(1)?,
                locale: r.get(2)?,
                unsubscribe: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for recipient in &mut list {
        if recipient.unsubscribe.is_none() {
            // Subscribed before tokens existed.
            let token = db::random_hex(16);
            conn.execute(
                "UPDATE subscriptions SET unsubscribe_token = ?1
                 WHERE order_id = ?2 AND channel = ?3",
                params![token, order_id, recipient.channel],
            )?;
            recipient.unsubscribe = Some(token);
        }
    }
    let delay = matches!(notice, Notice::Delay { .. });
    if delay && letterhead.notify_all_delays && !list.iter().any(|r| r.channel == "email") {
        let order: Option<(String, Option<String>)> = conn
            .query_row(
                "SELECT email, locale FROM orders WHERE id = ?1",
                params![order_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((email, locale)) = order.filter(|(email, _)| email.contains('@')) {
            list.push(Recipient {
                channel: "email".to_owned(),
                address: email,
                locale,
                unsubscribe: None,
            });
        }
    }
    Ok(list)
}

/// Writes every pending notice as messages in the outbox, in one transaction (on the one
/// writer, so two calls never write the same notice twice); the count of messages.
pub fn render_pending(conn: &mut Connection, letterhead: &Letterhead) -> anyhow::Result<usize> {
    let tx = conn.transaction()?;
    let pending: Vec<(i64, i64, String)> = tx
        .prepare("SELECT id, order_id, notice FROM notices WHERE done = 0 ORDER BY id LIMIT 500")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut written = 0;
    for (id, order_id, text) in pending {
        tx.execute("UPDATE notices SET done = 1 WHERE id = ?1", params![id])?;
        let Ok(notice) = serde_json::from_str::<Notice>(&text) else {
            tracing::error!(id, "an unreadable notice was skipped");
            continue;
        };
        let Some(order) = db::load_order(&tx, order_id)? else {
            continue;
        };
        for recipient in recipients(&tx, order_id, &notice, letterhead)? {
            let language = letters::language(
                recipient
                    .locale
                    .as_deref()
                    .or(Some(letterhead.default_locale.as_str())),
            );
            let unsubscribe = recipient
                .unsubscribe
                .as_deref()
                .and_then(|token| letterhead.unsubscribe_url(token));
            let Some(letter) = letters::order_notice(
                language,
                &notice,
                &order,
                letterhead,
                unsubscribe.as_deref(),
                recipient.unsubscribe.is_none(),
            ) else {
                continue;
            };
            let (body, html) = if recipient.channel == "email" {
                (letter.text, Some(letter.html))
            } else {
                (letter.short, None)
            };
            tx.execute(
                "INSERT INTO outbox (order_id, channel, address, subject, body, html, created_at,
                     language, kind, unsubscribe_url)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
                     ?7, ?8, ?9)",
                params![
                    order_id,
                    recipient.channel,
                    recipient.address,
                    letter.subject,
                    body,
                    html,
                    language,
                    notice.kind(),
                    unsubscribe,
                ],
            )?;
            written += 1;
        }
    }
    tx.commit()?;
    Ok(written)
}

/// The one-click unsubscribe: the subscription with `token`, as (order number, language), if
/// there is one.
pub fn subscription_by_token(
    conn: &Connection,
    token: &str,
) -> rusqlite::Result<Option<(String, Option<String>)>> {
    conn.query_row(
        "SELECT o.number, s.locale FROM subscriptions s JOIN orders o ON o.id = s.order_id
         WHERE s.unsubscribe_token = ?1",
        params![token],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

/// Ends the subscription with `token`; whether there was one.
pub fn unsubscribe(conn: &Connection, token: &str) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        "DELETE FROM subscriptions WHERE unsubscribe_token = ?1",
        params![token],
    )? > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sportello_contract::{
        DateWindow, DelayReason, DelaySide, Goodwill, Refund, RefundMethod, Shipment,
    };

    fn parcel(status: ShipmentStatus, estimate: &str) -> Shipment {
        serde_json::from_value(serde_json::json!({
            "id": "P1", "carrier": "BRT", "status": status,
            "estimated_delivery": {"from": estimate, "to": estimate},
        }))
        .unwrap()
    }

    fn delay() -> Delay {
        Delay {
            reason: DelayReason::Weather,
            side: DelaySide::Carrier,
            message: None,
            action: None,
            reported_at: None,
            new_estimate: None,
            goodwill: None,
        }
    }

    fn tracking(shipments: Vec<Shipment>, refunds: Vec<Refund>) -> Tracking {
        Tracking {
            shipments,
            refunds,
            ..Tracking::default()
        }
    }

    #[test]
    fn each_change_a_customer_cares_about_is_one_notice() {
        let before = tracking(
            vec![parcel(ShipmentStatus::InTransit, "2026-12-03T12:00:00Z")],
            vec![],
        );
        assert!(changes(&before, &before).is_empty(), "nothing changed");
        let mut moved = before.clone();
        moved.shipments[0].estimated_delivery = Some(DateWindow {
            from: "2026-12-05T12:00:00Z".into(),
            to: "2026-12-05T12:00:00Z".into(),
        });
        assert_eq!(
            changes(&before, &moved),
            vec![Notice::Estimate {
                shipment: "P1".into()
            }]
        );
        let mut late = moved.clone();
        late.shipments[0].delay = Some(delay());
        assert_eq!(
            changes(&before, &late),
            vec![Notice::Delay {
                shipment: Some("P1".into()),
                refund: None
            }],
            "a delay with a new date is one notice, not two"
        );
        let mut delivered = late.clone();
        delivered.shipments[0].status = ShipmentStatus::Delivered;
        assert_eq!(
            changes(&late, &delivered),
            vec![Notice::Delivered {
                shipment: "P1".into()
            }]
        );
    }

    #[test]
    fn a_refund_sent_or_late_at_the_bank_is_noticed() {
        let refund = |status, delay: Option<Delay>| Refund {
            id: "R1".into(),
            amount: 1990,
            method: RefundMethod::Card,
            status,
            issued_at: None,
            expected_by: None,
            completed_at: None,
            delay,
        };
        let approved = tracking(vec![], vec![refund(RefundStatus::Approved, None)]);
        let issued = tracking(vec![], vec![refund(RefundStatus::Issued, None)]);
        let bank = Delay {
            reason: DelayReason::BankProcessing,
            side: DelaySide::Bank,
            ..delay()
        };
        let late = tracking(vec![], vec![refund(RefundStatus::Issued, Some(bank))]);
        assert_eq!(
            changes(&approved, &issued),
            vec![Notice::RefundIssued {
                refund: "R1".into()
            }]
        );
        let notices = changes(&issued, &late);
        assert_eq!(notices[0].kind(), "refund_late");
        assert!(changes(&late, &late).is_empty());
        let mut with_voucher = late.clone();
        with_voucher.refunds[0].delay.as_mut().unwrap().goodwill = Some(Goodwill {
            code: "SCUSA5".into(),
            amount: Some(500),
            percent: None,
            expires_at: None,
            conditions: None,
        });
        assert_eq!(
            changes(&late, &with_voucher),
            vec![Notice::Voucher {
                shipment: None,
                refund: Some("R1".into())
            }],
            "a voucher for a delay already told is told on its own"
        );
    }

    #[test]
    fn an_order_seen_for_the_first_time_tells_nobody_about_its_parcels() {
        let empty = Tracking::default();
        let mut first = tracking(
            vec![parcel(ShipmentStatus::Delivered, "2026-12-03T12:00:00Z")],
            vec![],
        );
        assert!(changes(&empty, &first).is_empty());
        first.delay = Some(delay());
        assert_eq!(changes(&empty, &first).len(), 1, "but a delay, yes");
    }
}
