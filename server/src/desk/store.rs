//! The desk's SQL: the inbox of open complaints and one complaint as staff see it.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sportello_contract::{ContactPreference, ReplyBy};

/// What the inbox is narrowed to (the codes of the contract's enums; empty for all).
#[derive(Debug, Clone, Default, serde::Deserialize, Serialize)]
pub struct Filter {
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub channel: String,
}

/// One open complaint in the inbox.
#[derive(Debug, Clone)]
pub struct InboxRow {
    pub reference: String,
    pub status: String,
    pub topic: String,
    /// The customer's preferred channel.
    pub channel: String,
    /// When a reply is owed by, if one is (RFC 3339).
    pub latest_at: Option<String>,
    pub order: Option<String>,
}

/// The open complaints matching `filter`: those owing a reply first, the nearest promise first
/// (so overdue ones lead), then those waiting for the customer, oldest first.
pub fn inbox(conn: &Connection, filter: &Filter) -> rusqlite::Result<Vec<InboxRow>> {
    let mut stmt = conn.prepare(
        "SELECT c.reference, c.status, c.topic, c.contact, c.reply_by,
                COALESCE(o.number, c.order_number), c.created_at
         FROM complaints c LEFT JOIN orders o ON o.id = c.order_id
         WHERE c.status IN ('received', 'in_progress', 'waiting_for_customer')
           AND (?1 = '' OR c.status = ?1) AND (?2 = '' OR c.topic = ?2)
           AND (?3 = '' OR json_extract(c.contact, '$.channel') = ?3)",
    )?;
    let mut rows: Vec<(InboxRow, String)> = stmt
        .query_map(params![filter.status, filter.topic, filter.channel], |r| {
            let contact: String = r.get(3)?;
            let reply_by: Option<String> = r.get(4)?;
            let status: String = r.get(1)?;
            let owed = status != "waiting_for_customer";
            Ok((
                InboxRow {
                    reference: r.get(0)?,
                    topic: r.get(2)?,
                    channel: serde_json::from_str::<ContactPreference>(&contact)
                        .map(|c| crate::complaints::store::code(c.channel))
                        .unwrap_or_default(),
                    latest_at: reply_by
                        .filter(|_| owed)
                        .and_then(|text| serde_json::from_str::<ReplyBy>(&text).ok())
                        .map(|r| r.latest_at),
                    order: r.get(5)?,
                    status,
                },
                r.get(6)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    // RFC 3339 in UTC sorts as text; a reply owed comes before the customer's turn.
    rows.sort_by(|(a, a_created), (b, b_created)| {
        (a.latest_at.is_none(), &a.latest_at, a_created).cmp(&(
            b.latest_at.is_none(),
            &b.latest_at,
            b_created,
        ))
    });
    Ok(rows.into_iter().map(|(row, _)| row).collect())
}

/// What staff see of a complaint beyond what the customer sees: the full contact, the e-mail,
/// the language, the order's row.
#[derive(Debug, Clone)]
pub struct Private {
    pub id: i64,
    pub email: String,
    pub contact: Option<ContactPreference>,
    pub locale: Option<String>,
    pub order_id: Option<i64>,
}

pub fn private(conn: &Connection, reference: &str) -> rusqlite::Result<Option<Private>> {
    conn.query_row(
        "SELECT id, email, contact, locale, order_id FROM complaints WHERE reference = ?1",
        params![reference],
        |r| {
            Ok(Private {
                id: r.get(0)?,
                email: r.get(1)?,
                contact: serde_json::from_str(&r.get::<_, String>(2)?).ok(),
                locale: r.get(3)?,
                order_id: r.get(4)?,
            })
        },
    )
    .optional()
}

/// The photos of a complaint, in the order they came: (id, file name).
pub fn photos(conn: &Connection, complaint_id: i64) -> rusqlite::Result<Vec<(i64, String)>> {
    let mut stmt =
        conn.prepare("SELECT id, name FROM complaint_photos WHERE complaint_id = ?1 ORDER BY id")?;
    let rows = stmt.query_map(params![complaint_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// One photo of the complaint `reference`: its content type and bytes.
pub fn photo(
    conn: &Connection,
    reference: &str,
    id: i64,
) -> rusqlite::Result<Option<(String, Vec<u8>)>> {
    conn.query_row(
        "SELECT p.content_type, p.data FROM complaint_photos p
         JOIN complaints c ON c.id = p.complaint_id
         WHERE c.reference = ?1 AND p.id = ?2",
        params![reference, id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

/// The currency of the complaint's order, if it names one the shop knows.
pub fn currency(conn: &Connection, reference: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT o.currency FROM complaints c JOIN orders o ON o.id = c.order_id
         WHERE c.reference = ?1",
        params![reference],
        |r| r.get(0),
    )
    .optional()
}

/// Records how a complaint was resolved (refund, replacement, voucher, explanation…).
pub fn set_outcome(conn: &Connection, reference: &str, outcome: &str) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE complaints SET outcome = ?1 WHERE reference = ?2",
        params![outcome, reference],
    )?;
    Ok(())
}

/// A parcel the detector found late or silent that nobody has explained since: its delay is
/// still the provisional one the detector wrote (an explanation from the desk, the admin API or
/// the shop's own system replaces it), and it is not delivered.
#[derive(Debug, Clone)]
pub struct Finding {
    pub number: String,
    pub shipment_id: String,
    pub carrier: String,
    pub tracking_number: Option<String>,
    /// The parcel's status, as the contract's variant name (`InTransit`).
    pub status: String,
    /// `estimate_past_promise` or `carrier_silent`.
    pub kind: String,
    pub found_at: String,
    /// Days since the carrier's last event.
    pub silent_days: i64,
    /// When the carrier first saw the parcel, and that day (YYYY-MM-DD, UTC) for the filter.
    pub shipped_at: Option<String>,
    pub shipped_on: Option<String>,
    pub estimate: Option<sportello_contract::DateWindow>,
}

/// The queue of findings nobody has explained, the oldest first.
pub fn findings(conn: &Connection) -> rusqlite::Result<Vec<Finding>> {
    let mut stmt = conn.prepare(
        "SELECT o.number, f.shipment_id, f.kind, f.found_at, f.provisional, o.tracking
         FROM findings f JOIN orders o ON o.id = f.order_id
         WHERE f.explained_at IS NULL
         ORDER BY f.found_at, o.number, f.shipment_id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    let mut found = Vec::new();
    for row in rows {
        let (number, shipment_id, kind, found_at, provisional, tracking) = row?;
        let tracking = crate::db::parse_tracking(&tracking);
        let provisional: Option<sportello_contract::Delay> =
            serde_json::from_str(&provisional).ok();
        let Some(parcel) = tracking.shipments.iter().find(|s| s.id == shipment_id) else {
            continue;
        };
        if parcel.delay != provisional
            || parcel.status == sportello_contract::ShipmentStatus::Delivered
        {
            continue;
        }
        let first = parcel.events.iter().map(|e| e.at.as_str()).min();
        let last = parcel.events.iter().map(|e| e.at.as_str()).max();
        let days = |at: &str| {
            let (Ok(a), Ok(b)) = (
                at.parse::<jiff::Timestamp>(),
                found_at.parse::<jiff::Timestamp>(),
            ) else {
                return 0;
            };
            (b.as_second() - a.as_second()).max(0) / 86_400
        };
        found.push(Finding {
            carrier: parcel.carrier.clone(),
            tracking_number: parcel.tracking_number.clone(),
            status: format!("{:?}", parcel.status),
            silent_days: last.map_or(0, days),
            shipped_at: first.map(str::to_owned),
            shipped_on: first
                .and_then(|at| at.parse::<jiff::Timestamp>().ok())
                .map(|t| t.strftime("%Y-%m-%d").to_string()),
            estimate: parcel.estimated_delivery.clone(),
            number,
            shipment_id,
            kind,
            found_at,
        });
    }
    Ok(found)
}

/// The parcels of order `number` still on their way (not delivered), as (number, parcel id);
/// `None` if there is no such order.
pub fn parcels_on_the_way(
    conn: &Connection,
    number: &str,
) -> rusqlite::Result<Option<Vec<(String, String)>>> {
    let row: Option<(String, String)> = conn
        .query_row(
            "SELECT number, tracking FROM orders WHERE number = ?1",
            params![sportello_contract::normalize_order_number(number)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.map(|(number, tracking)| {
        crate::db::parse_tracking(&tracking)
            .shipments
            .into_iter()
            .filter(|s| s.status != sportello_contract::ShipmentStatus::Delivered)
            .map(|s| (number.clone(), s.id))
            .collect()
    }))
}

/// Takes a parcel's finding out of the queue: `by` explained it at `at`.
pub fn explained(
    conn: &Connection,
    order_id: i64,
    shipment_id: &str,
    at: &str,
    by: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE findings SET explained_at = ?3, explained_by = ?4
         WHERE order_id = ?1 AND shipment_id = ?2 AND explained_at IS NULL",
        params![order_id, shipment_id, at, by],
    )?;
    Ok(())
}

/// The figures of the dashboard, over complaints received and help answers read since a day.
#[derive(Debug, Clone, Default)]
pub struct Dashboard {
    /// (topic, status, how many).
    pub by_topic: Vec<(String, String, i64)>,
    /// How many ratings gave 1, 2, 3, 4 and 5.
    pub ratings: [i64; 5],
    /// The latest comments with their score and complaint.
    pub comments: Vec<(u8, String, String)>,
    /// (topic, solved by the help answer, not solved).
    pub help: Vec<(String, i64, i64)>,
    /// (outcome, how many resolved with it).
    pub outcomes: Vec<(String, i64)>,
}

pub fn dashboard(conn: &Connection, since: &str) -> rusqlite::Result<Dashboard> {
    let mut board = Dashboard::default();
    let mut stmt = conn.prepare(
        "SELECT topic, status, COUNT(*) FROM complaints WHERE created_at >= ?1
         GROUP BY topic, status ORDER BY topic, status",
    )?;
    board.by_topic = stmt
        .query_map(params![since], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare(
        "SELECT reference, rating FROM complaints
         WHERE rating IS NOT NULL AND created_at >= ?1 ORDER BY created_at DESC",
    )?;
    let rated = stmt.query_map(params![since], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    for row in rated {
        let (reference, text) = row?;
        let Ok(rating) = serde_json::from_str::<sportello_contract::Rating>(&text) else {
            continue;
        };
        if (1..=5).contains(&rating.score) {
            board.ratings[usize::from(rating.score) - 1] += 1;
        }
        if let Some(comment) = rating.comment.filter(|c| !c.trim().is_empty()) {
            if board.comments.len() < 10 {
                board.comments.push((rating.score, comment, reference));
            }
        }
    }
    let mut stmt = conn.prepare(
        "SELECT topic, SUM(solved), SUM(1 - solved) FROM help_feedback WHERE at >= ?1
         GROUP BY topic ORDER BY topic",
    )?;
    board.help = stmt
        .query_map(params![since], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare(
        "SELECT outcome, COUNT(*) FROM complaints
         WHERE outcome IS NOT NULL AND created_at >= ?1 GROUP BY outcome ORDER BY COUNT(*) DESC",
    )?;
    board.outcomes = stmt
        .query_map(params![since], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(board)
}
