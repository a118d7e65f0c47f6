//! All the SQL for complaints (in the style of `db.rs` for orders): a complaint as the customer
//! sees it, new complaints with their first message and photos, updates from either side,
//! status, rating, complaint tokens, and the lists for an order and for the shop. The handlers
//! call these, inside a transaction where several must hold together.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;
use sportello_contract::{
    Complaint, ComplaintAccess, ComplaintRequest, ComplaintStatus, ComplaintSummary,
    ComplaintUpdate, ContactChannel, ContactPreference, Rating, ReplyBy, UpdateAuthor,
    UpdateChannel,
};
use time::OffsetDateTime;

use super::{reference::new_reference, timestamp, validate::Photo};
use crate::{db, office};

/// How long a complaint token lasts.
const COMPLAINT_TOKEN_SECONDS: i64 = 7 * 24 * 3600;

/// The contract's code of an enum value, as stored (`in_progress`, `damaged_item`, …).
pub(crate) fn code<T: serde::Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        _ => "unknown".to_owned(),
    }
}

fn parse_code<T: serde::de::DeserializeOwned + Default>(text: &str) -> T {
    serde_json::from_value(Value::String(text.to_owned())).unwrap_or_default()
}

/// The columns of one complaint row, in the order `load` selects them.
type Row = (
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);

/// Loads a complaint as the customer sees it: contact masked, the reply-by promise refreshed
/// while a reply is owed.
pub(crate) fn load(
    conn: &Connection,
    id: i64,
    office: &office::Office,
    now: OffsetDateTime,
) -> rusqlite::Result<Option<Complaint>> {
    let row: Option<Row> = conn
        .query_row(
            "SELECT c.reference, c.status, c.topic, c.created_at,
                    COALESCE(o.number, c.order_number), c.items,
                    c.description, c.resolution, c.contact, c.reply_by, c.rating
             FROM complaints c LEFT JOIN orders o ON o.id = c.order_id WHERE c.id = ?1",
            params![id],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                    r.get(10)?,
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
    let updates = load_updates(conn, id)?;
    // The photos of the complaint itself, the first update.
    let photos = updates.first().map_or(0, |update| update.photos);
    let owed = matches!(
        status,
        ComplaintStatus::Received | ComplaintStatus::InProgress
    );
    let reply_by = reply_by
        .filter(|_| owed)
        .and_then(|text| serde_json::from_str::<ReplyBy>(&text).ok())
        .map(|mut reply_by| {
            office.refresh(&mut reply_by, timestamp(now));
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

/// The updates of a complaint, oldest first, each with its number of photos.
fn load_updates(conn: &Connection, id: i64) -> rusqlite::Result<Vec<ComplaintUpdate>> {
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
    rows.collect()
}

/// The contact preference with the address partly hidden (`g•••@example.com`, `+••• ••• •567`).
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

/// Forgets complaint tokens past their expiry (the periodic clean-up, `housekeeping.rs`).
pub(crate) fn expire_tokens(conn: &Connection, now: i64) -> rusqlite::Result<usize> {
    conn.execute(
        "DELETE FROM complaint_tokens WHERE expires_at < ?1",
        params![now],
    )
}

/// Issues a complaint token.
pub(super) fn issue_token(
    conn: &Connection,
    id: i64,
    now: OffsetDateTime,
) -> rusqlite::Result<ComplaintAccess> {
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

/// The row id of the complaint `reference` if `token` is a live token for it: a complaint token,
/// or an order token of the complaint's order.
pub(super) fn authorize(
    conn: &Connection,
    reference: &str,
    token: &str,
    now: OffsetDateTime,
) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT c.id FROM complaints c WHERE c.reference = ?1 AND (
            EXISTS (SELECT 1 FROM complaint_tokens t
                    WHERE t.complaint_id = c.id AND t.token = ?2 AND t.expires_at >= ?3)
         OR EXISTS (SELECT 1 FROM order_tokens t
                    WHERE t.order_id = c.order_id AND t.token = ?2 AND t.expires_at >= ?3))",
        params![reference, token, now.unix_timestamp()],
        |r| r.get(0),
    )
    .optional()
}

/// The row id of the complaint `reference` if `email` (trimmed, lower-case) is its address.
/// `None` both when there is no such complaint and when the address is wrong, in the same time.
pub(super) fn lookup(
    conn: &Connection,
    reference: &str,
    email: &str,
) -> rusqlite::Result<Option<i64>> {
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
    Ok(Some(id))
}

/// Stores a new complaint under a fresh reference, status `received`; returns its row id. Its
/// text and photos go in with [`insert_customer_message`].
pub(super) fn insert(
    conn: &Connection,
    request: &ComplaintRequest,
    order: Option<i64>,
    at: &str,
    reply_by: &ReplyBy,
    key: &str,
) -> anyhow::Result<i64> {
    let mut reference = new_reference();
    while conn
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
    conn.execute(
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
            serde_json::to_string(reply_by)?,
            key,
            // A number the customer typed counts only when no token proved the order.
            order
                .is_none()
                .then(|| request.order_number.as_deref().map(str::trim))
                .flatten()
                .filter(|n| !n.is_empty()),
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// What the customer wrote on the web (the complaint itself or a follow-up message), with its
/// photos.
pub(super) fn insert_customer_message(
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

/// One update on a complaint, from either side on any channel; returns its row id.
pub(super) fn insert_update(
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

/// The complaint's status.
pub(super) fn status(conn: &Connection, id: i64) -> rusqlite::Result<ComplaintStatus> {
    Ok(parse_code(&conn.query_row(
        "SELECT status FROM complaints WHERE id = ?1",
        params![id],
        |r| r.get::<_, String>(0),
    )?))
}

/// The row id of the complaint `reference` and its stored reply-by promise, for the shop.
pub(super) fn find_for_shop(
    conn: &Connection,
    reference: &str,
) -> rusqlite::Result<Option<(i64, Option<ReplyBy>)>> {
    let row: Option<(i64, Option<String>)> = conn
        .query_row(
            "SELECT id, reply_by FROM complaints WHERE reference = ?1",
            params![reference],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.map(|(id, stored)| {
        let reply_by = stored.and_then(|s| serde_json::from_str::<ReplyBy>(&s).ok());
        (id, reply_by)
    }))
}

/// The complaint's e-mail address and the language the customer wrote in.
pub(super) fn contact_of(conn: &Connection, id: i64) -> rusqlite::Result<(String, Option<String>)> {
    conn.query_row(
        "SELECT email, locale FROM complaints WHERE id = ?1",
        params![id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Sets the status and the reply-by promise.
pub(super) fn set_status(
    conn: &Connection,
    id: i64,
    status: ComplaintStatus,
    reply_by: &ReplyBy,
) -> anyhow::Result<()> {
    conn.execute(
        "UPDATE complaints SET status = ?2, reply_by = ?3 WHERE id = ?1",
        params![id, code(status), serde_json::to_string(reply_by)?],
    )?;
    Ok(())
}

/// Records the customer's rating.
pub(super) fn set_rating(conn: &Connection, id: i64, rating: &Rating) -> anyhow::Result<()> {
    conn.execute(
        "UPDATE complaints SET rating = ?2 WHERE id = ?1",
        params![id, serde_json::to_string(rating)?],
    )?;
    Ok(())
}

/// The complaints about an order, newest first.
pub(super) fn for_order(
    conn: &Connection,
    order_id: i64,
) -> rusqlite::Result<Vec<ComplaintSummary>> {
    let mut statement = conn.prepare(
        "SELECT reference, status, topic, created_at FROM complaints
         WHERE order_id = ?1 ORDER BY created_at DESC, id DESC",
    )?;
    let rows = statement.query_map(params![order_id], |r| {
        Ok(ComplaintSummary {
            reference: r.get(0)?,
            status: parse_code(&r.get::<_, String>(1)?),
            topic: parse_code(&r.get::<_, String>(2)?),
            created_at: r.get(3)?,
        })
    })?;
    rows.collect()
}

/// Every complaint, for the shop and the tests (`GET /admin/complaints`).
pub(super) fn admin_list(conn: &Connection) -> rusqlite::Result<Vec<Value>> {
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

/// For each complaint received since `since` (RFC 3339) that the shop has answered: when it was
/// received and when the shop first wrote to the customer.
pub fn first_replies(conn: &Connection, since: &str) -> rusqlite::Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT c.created_at, MIN(u.at) FROM complaints c
         JOIN complaint_updates u ON u.complaint_id = c.id AND u.author = 'shop'
         WHERE c.created_at >= ?1
         GROUP BY c.id",
    )?;
    let rows = stmt.query_map(params![since], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use sportello_contract::TimeWindow;

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
}
