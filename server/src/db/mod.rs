//! SQLite storage: opening the database (the schema is in `migrations.rs`, back-ups in
//! `backup.rs`), the pool of readers, the demo seed, and
//! the orders' queries behind the contract: lookup, order tokens, subscriptions and their
//! outbox, the tracking document; plus the random tokens and the constant-time comparison the
//! complaints and the admin token share. The complaints' queries are in `complaints/store.rs`.

mod backup;
mod migrations;

use std::path::Path;

use anyhow::Context;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sportello_contract::{
    normalize_order_number, normalize_postcode, DateWindow, Delay, LookupRequest, MaskedAddress,
    NotifyChannel, OrderItem, OrderStatus, OrderSummary, ParcelAction, ParcelRequest,
    ParcelRequestRecord, Promotion, Refund, Shipment, Subscription, Totals,
};
use time::{format_description::well_known::Rfc3339, Duration, OffsetDateTime};

pub use backup::{backup, Backup};

use crate::seed::{demo_orders, Clock};

/// Opens (creating if needed) the database file and migrates it; with `demo`, seeds the demo
/// shop on first start. A production start (`demo` false) never adds an order of its own.
pub fn open(path: &Path, demo: bool) -> anyhow::Result<Connection> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("creating the data directory {}", dir.display()))?;
    }
    let mut conn = Connection::open(path).with_context(|| format!("opening {}", path.display()))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    migrations::migrate(&mut conn)?;
    if demo {
        seed_demo(&mut conn, OffsetDateTime::now_utc())?;
    }
    check_writable(&mut conn).with_context(|| {
        format!(
            "{} cannot be written: check its permissions and those of its directory",
            path.display()
        )
    })?;
    Ok(conn)
}

/// A pool of read-only connections to the database at `path` (opened and migrated by [`open`]
/// first): `query_only`, so a job given a reader by mistake fails instead of writing.
pub fn readers(path: &Path) -> anyhow::Result<r2d2::Pool<r2d2_sqlite::SqliteConnectionManager>> {
    let manager = r2d2_sqlite::SqliteConnectionManager::file(path).with_init(|conn| {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "query_only", "ON")
    });
    let size = std::thread::available_parallelism()
        .map_or(4, |n| n.get() * 2)
        .clamp(4, 16);
    r2d2::Pool::builder()
        .max_size(size as u32)
        .min_idle(Some(2))
        .connection_timeout(std::time::Duration::from_secs(10))
        .build(manager)
        .with_context(|| format!("opening readers of {}", path.display()))
}

/// Whether the database takes writes: a table made and dropped in a transaction that is rolled
/// back, so nothing stays. At start (a server that cannot write must not start) and for
/// `/readyz`.
pub fn check_writable(conn: &mut Connection) -> anyhow::Result<()> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    tx.execute_batch("CREATE TABLE sportello_write_check (x); DROP TABLE sportello_write_check;")?;
    tx.rollback()?;
    Ok(())
}

fn status_code(status: OrderStatus) -> &'static str {
    match status {
        OrderStatus::Processing => "processing",
        OrderStatus::PaymentDue => "payment_due",
        OrderStatus::InTransit => "in_transit",
        OrderStatus::PickupAvailable => "pickup_available",
        OrderStatus::Delivered => "delivered",
        OrderStatus::Problem => "problem",
        OrderStatus::Cancelled => "cancelled",
        OrderStatus::Returned => "returned",
        OrderStatus::Unknown => "processing",
    }
}

/// A stored wire name (`in_transit`, `whatsapp`…) read back as the contract's type, `unknown`
/// when it is not one.
fn parse_code<T: serde::de::DeserializeOwned>(code: &str, unknown: T) -> T {
    serde_json::from_value(serde_json::Value::String(code.to_owned())).unwrap_or(unknown)
}

/// Seeds the demo orders, in one transaction, into a database that holds no other orders: on
/// first start, and when an older demo database lacks newer demo orders or their tracking. A
/// shop's own data is never touched.
pub fn seed_demo(conn: &mut Connection, now: OffsetDateTime) -> anyhow::Result<()> {
    let numbers: Vec<&str> = demo_orders().map(|o| o.number).collect();
    let placeholders = vec!["?"; numbers.len()].join(",");
    let foreign: i64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM orders WHERE number NOT IN ({placeholders})"),
        rusqlite::params_from_iter(&numbers),
        |r| r.get(0),
    )?;
    if foreign > 0 {
        return Ok(());
    }
    let clock = Clock(now);
    for order in demo_orders() {
        let existing: Option<String> = conn
            .query_row(
                "SELECT tracking FROM orders WHERE number = ?1",
                params![order.number],
                |r| r.get(0),
            )
            .optional()?;
        // Present with its tracking: left as it is (its dates were set when it was seeded).
        if existing.is_some_and(|tracking| tracking != "{}") {
            continue;
        }
        // The same way in as a shop's own orders (`ingest`).
        let placed_at = (now - Duration::days(order.days_ago) - Duration::hours(3))
            .replace_nanosecond(0)?
            .format(&Rfc3339)?;
        let tracking = (order.tracking)(&clock);
        let document = crate::ingest::IngestOrder {
            email: order.email.to_owned(),
            postcode: order.postcode.to_owned(),
            placed_at,
            status: order.status,
            currency: "EUR".to_owned(),
            items: order
                .items
                .iter()
                .map(|(name, quantity, unit_price)| OrderItem {
                    name: (*name).to_owned(),
                    quantity: *quantity,
                    unit_price: *unit_price,
                })
                .collect(),
            totals: tracking.totals,
            shipping_address: tracking.shipping_address,
            promised_delivery: tracking.promised_delivery,
            delivered_at: tracking.delivered_at,
            shipments: tracking.shipments,
            delay: tracking.delay,
            locale: None,
            refunds: tracking.refunds,
            promotions: tracking.promotions,
        };
        debug_assert!(
            crate::ingest::check(&document).is_empty(),
            "{}",
            order.number
        );
        put_order(conn, order.number, &document)?;
    }
    Ok(())
}

/// The demo credentials and what each order shows, for the demo page's hint box.
pub fn demo_credentials(
) -> impl Iterator<Item = (&'static str, &'static str, &'static str, &'static str)> {
    demo_orders().map(|o| (o.number, o.email, o.postcode, o.note))
}

/// Everything an order carries beyond its summary, stored as one JSON document per order (the
/// contract's own types): the reference backend reads and changes it whole, in a transaction.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Tracking {
    pub totals: Option<Totals>,
    pub shipping_address: Option<MaskedAddress>,
    pub promised_delivery: Option<DateWindow>,
    pub delivered_at: Option<String>,
    pub shipments: Vec<Shipment>,
    pub delay: Option<Delay>,
    pub refunds: Vec<Refund>,
    pub promotions: Vec<Promotion>,
    /// The first estimate each parcel came with, by parcel id (never shown): what the delay
    /// detector holds the carrier to when the shop promised no window.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub first_estimates: std::collections::BTreeMap<String, DateWindow>,
}

impl Tracking {
    /// Remembers the estimate of each parcel that has none remembered yet.
    pub(crate) fn remember_first_estimates(&mut self) {
        for parcel in &self.shipments {
            if let Some(window) = &parcel.estimated_delivery {
                self.first_estimates
                    .entry(parcel.id.clone())
                    .or_insert_with(|| window.clone());
            }
        }
    }

    fn apply(self, order: &mut OrderSummary) {
        order.totals = self.totals;
        order.shipping_address = self.shipping_address;
        order.promised_delivery = self.promised_delivery;
        order.delivered_at = self.delivered_at;
        order.shipments = self.shipments;
        order.delay = self.delay;
        order.refunds = self.refunds;
        order.promotions = self.promotions;
    }
}

pub(crate) fn parse_tracking(text: &str) -> Tracking {
    serde_json::from_str(text).unwrap_or_else(|error| {
        tracing::error!(%error, "unreadable tracking document; serving the order without it");
        Tracking::default()
    })
}

/// The order with row id `id`, with its items and tracking.
pub fn load_order(conn: &Connection, id: i64) -> rusqlite::Result<Option<OrderSummary>> {
    let row = conn
        .query_row(
            "SELECT number, placed_at, status, currency, tracking FROM orders WHERE id = ?1",
            params![id],
            |row| {
                Ok((
                    OrderSummary {
                        number: row.get(0)?,
                        placed_at: row.get(1)?,
                        status: parse_code(&row.get::<_, String>(2)?, OrderStatus::Unknown),
                        currency: row.get(3)?,
                        ..OrderSummary::default()
                    },
                    row.get::<_, String>(4)?,
                ))
            },
        )
        .optional()?;
    let Some((mut order, tracking)) = row else {
        return Ok(None);
    };
    order.items = load_items(conn, id)?;
    parse_tracking(&tracking).apply(&mut order);
    order.subscriptions = load_subscriptions(conn, id)?;
    for (shipment_id, request) in load_parcel_requests(conn, id)? {
        if let Some(shipment) = order.shipments.iter_mut().find(|s| s.id == shipment_id) {
            shipment.requests.push(request);
        }
    }
    if order.totals.is_none() {
        let items = order.items_total();
        order.totals = Some(Totals {
            items,
            shipping: 0,
            discount: 0,
            total: items,
        });
    }
    Ok(Some(order))
}

/// Finds the order matching the number and the proof and returns its row id. `None` both when
/// the order does not exist and when the proof is wrong: callers must not be able to tell the
/// two apart, so both paths load an order.
pub fn lookup(conn: &Connection, request: &LookupRequest) -> rusqlite::Result<Option<i64>> {
    let number = normalize_order_number(request.order_number());
    let row = conn
        .query_row(
            "SELECT id, email, postcode FROM orders WHERE number = ?1",
            params![number],
            |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                ))
            },
        )
        .optional()?;
    let Some((id, email, postcode)) = row else {
        load_order(conn, -1)?;
        return Ok(None);
    };
    load_order(conn, id)?;
    let proof_matches = match request {
        LookupRequest::ByEmail { email: given, .. } => constant_time_eq(
            given.trim().to_lowercase().as_bytes(),
            email.to_lowercase().as_bytes(),
        ),
        LookupRequest::ByPostcode {
            postcode: given, ..
        } => constant_time_eq(normalize_postcode(given).as_bytes(), postcode.as_bytes()),
    };
    Ok(proof_matches.then_some(id))
}

pub(crate) fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    getrandom::getrandom(&mut buffer).expect("the operating system provides randomness");
    buffer.iter().map(|b| format!("{b:02x}")).collect()
}

fn new_public_id() -> String {
    format!("ord_{}", random_hex(12))
}

/// How long an order token lasts.
pub const TOKEN_LIFETIME: Duration = Duration::hours(24);

/// Forgets order tokens past their expiry (the periodic clean-up, `housekeeping.rs`).
pub fn expire_tokens(conn: &Connection, now: i64) -> rusqlite::Result<usize> {
    conn.execute(
        "DELETE FROM order_tokens WHERE expires_at < ?1",
        params![now],
    )
}

/// Issues an order-scoped token.
pub fn issue_token(
    conn: &Connection,
    id: i64,
    now: OffsetDateTime,
) -> anyhow::Result<sportello_contract::OrderAccess> {
    let token = random_hex(32);
    let expires = now + TOKEN_LIFETIME;
    conn.execute(
        "INSERT INTO order_tokens (token, order_id, expires_at) VALUES (?1, ?2, ?3)",
        params![token, id, expires.unix_timestamp()],
    )?;
    let order_id: String = conn.query_row(
        "SELECT public_id FROM orders WHERE id = ?1",
        params![id],
        |r| r.get(0),
    )?;
    Ok(sportello_contract::OrderAccess {
        order_id,
        token,
        expires_at: expires.replace_nanosecond(0)?.format(&Rfc3339)?,
    })
}

/// The row id of the order `public_id` if `token` is a live token for it.
pub fn authorize(
    conn: &Connection,
    public_id: &str,
    token: &str,
    now: OffsetDateTime,
) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT o.id FROM order_tokens t JOIN orders o ON o.id = t.order_id
         WHERE t.token = ?1 AND o.public_id = ?2 AND t.expires_at >= ?3",
        params![token, public_id, now.unix_timestamp()],
        |r| r.get(0),
    )
    .optional()
}

/// The order's subscriptions, oldest first (the address stays in the database).
fn load_subscriptions(conn: &Connection, id: i64) -> rusqlite::Result<Vec<Subscription>> {
    let mut statement = conn.prepare_cached(
        "SELECT channel, created_at FROM subscriptions WHERE order_id = ?1 ORDER BY created_at",
    )?;
    let rows = statement.query_map(params![id], |row| {
        Ok(Subscription {
            channel: parse_code(&row.get::<_, String>(0)?, NotifyChannel::Unknown),
            created_at: row.get(1)?,
        })
    })?;
    rows.collect()
}

/// The requests about an order's parcels, oldest first, with the parcel each is about.
fn load_parcel_requests(
    conn: &Connection,
    id: i64,
) -> rusqlite::Result<Vec<(String, ParcelRequestRecord)>> {
    let mut statement = conn.prepare_cached(
        "SELECT shipment_id, kind, date, created_at FROM parcel_requests
         WHERE order_id = ?1 ORDER BY id",
    )?;
    let rows = statement.query_map(params![id], |row| {
        Ok((
            row.get(0)?,
            ParcelRequestRecord {
                kind: parse_code(&row.get::<_, String>(1)?, ParcelAction::Unknown),
                date: row.get(2)?,
                created_at: row.get(3)?,
            },
        ))
    })?;
    rows.collect()
}

/// Records a request about a parcel; the address (for `correct_address`) is kept as JSON for
/// the shop, never sent back to the customer.
pub fn add_parcel_request(
    conn: &Connection,
    order_id: i64,
    shipment_id: &str,
    request: &ParcelRequest,
    now: &str,
) -> anyhow::Result<ParcelRequestRecord> {
    let kind = match request.kind {
        ParcelAction::Redeliver => "redeliver",
        ParcelAction::CorrectAddress => "correct_address",
        ParcelAction::Unknown => anyhow::bail!("an unknown parcel action"),
    };
    let address = request
        .address
        .as_ref()
        .map(serde_json::to_string)
        .transpose()?;
    conn.execute(
        "INSERT INTO parcel_requests (order_id, shipment_id, kind, date, address, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![order_id, shipment_id, kind, request.date, address, now],
    )?;
    Ok(ParcelRequestRecord {
        kind: request.kind,
        date: request.date.clone(),
        created_at: now.to_owned(),
    })
}

/// Every parcel request, newest first, for the shop's staff (`/admin/parcel-requests`).
pub fn all_parcel_requests(conn: &Connection) -> rusqlite::Result<Vec<serde_json::Value>> {
    let mut statement = conn.prepare(
        "SELECT o.number, r.shipment_id, r.kind, r.date, r.address, r.created_at
         FROM parcel_requests r JOIN orders o ON o.id = r.order_id ORDER BY r.id DESC",
    )?;
    let rows = statement.query_map([], |row| {
        let address: Option<String> = row.get(4)?;
        Ok(serde_json::json!({
            "order_number": row.get::<_, String>(0)?,
            "shipment_id": row.get::<_, String>(1)?,
            "kind": row.get::<_, String>(2)?,
            "date": row.get::<_, Option<String>>(3)?,
            "address": address.and_then(|a| serde_json::from_str::<serde_json::Value>(&a).ok()),
            "created_at": row.get::<_, String>(5)?,
        }))
    })?;
    rows.collect()
}

fn channel_code(channel: NotifyChannel) -> &'static str {
    match channel {
        NotifyChannel::Email => "email",
        NotifyChannel::Sms => "sms",
        NotifyChannel::Whatsapp => "whatsapp",
        NotifyChannel::Unknown => "unknown",
    }
}

/// Records (or renews) a subscription, with the language the customer reads and the token of
/// its one-click unsubscribe; for e-mail the order's own address is used.
pub fn subscribe(
    conn: &Connection,
    id: i64,
    channel: NotifyChannel,
    phone: Option<&str>,
    locale: Option<&str>,
    now: &str,
) -> rusqlite::Result<()> {
    let address = match phone {
        Some(phone) => phone.to_owned(),
        None => conn.query_row("SELECT email FROM orders WHERE id = ?1", params![id], |r| {
            r.get(0)
        })?,
    };
    conn.execute(
        "INSERT INTO subscriptions (order_id, channel, address, created_at, locale,
             unsubscribe_token)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (order_id, channel) DO UPDATE SET address = excluded.address,
             locale = COALESCE(excluded.locale, subscriptions.locale)",
        params![
            id,
            channel_code(channel),
            address,
            now,
            locale,
            random_hex(16)
        ],
    )?;
    Ok(())
}

/// One notification waiting to be sent.
#[derive(Debug, Clone, Serialize)]
pub struct OutboxEntry {
    pub id: i64,
    /// The order it is about; `None` for a complaint's confirmation without an order.
    pub order_number: Option<String>,
    pub channel: String,
    pub address: String,
    pub subject: String,
    pub body: String,
    pub created_at: String,
    /// `queued`, `sent` or `parked` (`mail.rs`).
    pub state: String,
    pub attempts: i64,
    /// Why the last attempt failed, or why the message is parked.
    pub error: Option<String>,
    /// What it is about (`delay`, `estimate`, `delivered`, `refund_issued`, `refund_late`,
    /// `complaint_received`, `complaint_answer`, `complaint_resolved`).
    pub kind: Option<String>,
    /// The language it is written in.
    pub language: Option<String>,
}

pub fn outbox(conn: &Connection) -> rusqlite::Result<Vec<OutboxEntry>> {
    let mut stmt = conn.prepare(
        "SELECT b.id, o.number, b.channel, b.address, b.subject, b.body, b.created_at,
                b.state, b.attempts, b.error, b.kind, b.language
         FROM outbox b LEFT JOIN orders o ON o.id = b.order_id ORDER BY b.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(OutboxEntry {
            id: r.get(0)?,
            order_number: r.get(1)?,
            channel: r.get(2)?,
            address: r.get(3)?,
            subject: r.get(4)?,
            body: r.get(5)?,
            created_at: r.get(6)?,
            state: r.get(7)?,
            attempts: r.get(8)?,
            error: r.get(9)?,
            kind: r.get(10)?,
            language: r.get(11)?,
        })
    })?;
    rows.collect()
}

/// Queues an e-mail about a complaint (its confirmation, an answer, the resolution), with its
/// HTML part.
pub fn queue_complaint_mail(
    conn: &Connection,
    complaint_id: i64,
    address: &str,
    kind: &str,
    language: &str,
    letter: &crate::letters::Letter,
    now: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO outbox (complaint_id, channel, address, subject, body, html, created_at,
             kind, language)
         VALUES (?1, 'email', ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            complaint_id,
            address,
            letter.subject,
            letter.text,
            letter.html,
            now,
            kind,
            language
        ],
    )?;
    Ok(())
}

/// What storing an order document did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stored {
    Created,
    Updated,
    Unchanged,
}

impl Stored {
    /// As the answers spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Stored::Created => "created",
            Stored::Updated => "updated",
            Stored::Unchanged => "unchanged",
        }
    }
}

/// Creates or replaces the order `number` from a shop's document, in one transaction. Its
/// public id (and so the customers' tokens), subscriptions, complaints and parcel requests stay.
/// The same document again is `Unchanged` and writes nothing.
pub fn put_order(
    conn: &mut Connection,
    number: &str,
    order: &crate::ingest::IngestOrder,
) -> anyhow::Result<Stored> {
    use sha2::Digest;
    let number = normalize_order_number(number);
    let digest = hex(&sha2::Sha256::digest(serde_json::to_vec(order)?));
    let tx = conn.transaction()?;
    let existing: Option<(i64, Option<String>, String)> = tx
        .query_row(
            "SELECT id, source_digest, tracking FROM orders WHERE number = ?1",
            params![number],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let mut after = order.tracking();
    // What the platform's document does not carry (a delay and its words, a new estimate, the
    // customer's requests) stays: a later update never erases it, nor announces it twice.
    if let Some((_, _, before)) = &existing {
        crate::ingest::carry_over(&parse_tracking(before), &mut after);
    }
    after.remember_first_estimates();
    let tracking = serde_json::to_string(&after)?;
    let locale = order
        .locale
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty());
    let (email, postcode) = (order.email.trim(), normalize_postcode(&order.postcode));
    let status = status_code(order.status);
    let (id, stored) = match existing {
        Some((_, Some(old), _)) if old == digest => return Ok(Stored::Unchanged),
        Some((id, _, before)) => {
            tx.execute(
                "UPDATE orders SET email = ?1, postcode = ?2, placed_at = ?3, status = ?4,
                 currency = ?5, tracking = ?6, source_digest = ?7, changed_at = unixepoch(),
                 locale = COALESCE(?9, locale)
                 WHERE number = ?8",
                params![
                    email,
                    postcode,
                    order.placed_at,
                    status,
                    order.currency,
                    tracking,
                    digest,
                    number,
                    locale
                ],
            )?;
            crate::notices::record(&tx, id, &parse_tracking(&before), &after)?;
            tx.execute("DELETE FROM order_items WHERE order_id = ?1", params![id])?;
            (id, Stored::Updated)
        }
        None => {
            tx.execute(
                "INSERT INTO orders (email, postcode, placed_at, status, currency, tracking,
                 source_digest, number, public_id, changed_at, locale)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, unixepoch(), ?10)",
                params![
                    email,
                    postcode,
                    order.placed_at,
                    status,
                    order.currency,
                    tracking,
                    digest,
                    number,
                    new_public_id(),
                    locale
                ],
            )?;
            (tx.last_insert_rowid(), Stored::Created)
        }
    };
    for (position, item) in order.items.iter().enumerate() {
        tx.execute(
            "INSERT INTO order_items (order_id, position, name, quantity, unit_price)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                id,
                position as i64,
                item.name,
                item.quantity,
                item.unit_price
            ],
        )?;
    }
    tx.commit()?;
    Ok(stored)
}

/// Removes, for `--retention-days`, every complaint whose last update and every order whose last
/// change is before `cutoff` (Unix seconds), with everything that hangs off them (items, tokens,
/// subscriptions, messages, photos, parcel requests, the outbox); the count of orders and
/// complaints removed.
pub fn purge(conn: &Connection, cutoff: i64) -> rusqlite::Result<usize> {
    let complaints = conn.execute(
        "DELETE FROM complaints WHERE unixepoch(COALESCE(
             (SELECT MAX(at) FROM complaint_updates u WHERE u.complaint_id = complaints.id),
             created_at)) < ?1",
        params![cutoff],
    )?;
    let orders = conn.execute(
        "DELETE FROM orders WHERE changed_at < ?1
         AND NOT EXISTS (SELECT 1 FROM complaints c WHERE c.order_id = orders.id)",
        params![cutoff],
    )?;
    conn.execute(
        "DELETE FROM external_orders WHERE number NOT IN (SELECT number FROM orders)",
        [],
    )?;
    Ok(complaints + orders)
}

/// Remembers which of our orders a platform's order id is.
pub fn remember_external(
    conn: &Connection,
    source: &str,
    external_id: &str,
    number: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO external_orders (source, external_id, number) VALUES (?1, ?2, ?3)
         ON CONFLICT (source, external_id) DO UPDATE SET number = excluded.number",
        params![source, external_id, normalize_order_number(number)],
    )?;
    Ok(())
}

/// Our order number for a platform's order id.
pub fn external_number(
    conn: &Connection,
    source: &str,
    external_id: &str,
) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT number FROM external_orders WHERE source = ?1 AND external_id = ?2",
        params![source, external_id],
        |r| r.get(0),
    )
    .optional()
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Changes an order's tracking document in one transaction; `None` if there is no such order.
pub fn update_tracking<T>(
    conn: &mut Connection,
    number: &str,
    change: impl FnOnce(i64, &mut Tracking, &rusqlite::Transaction) -> anyhow::Result<T>,
) -> anyhow::Result<Option<T>> {
    let tx = conn.transaction()?;
    let row: Option<(i64, String)> = tx
        .query_row(
            "SELECT id, tracking FROM orders WHERE number = ?1",
            params![normalize_order_number(number)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((id, text)) = row else {
        return Ok(None);
    };
    let mut tracking = parse_tracking(&text);
    let before = tracking.clone();
    let result = change(id, &mut tracking, &tx)?;
    tracking.remember_first_estimates();
    // What the customer should hear of the change, kept in the same transaction.
    crate::notices::record(&tx, id, &before, &tracking)?;
    tx.execute(
        "UPDATE orders SET tracking = ?1, changed_at = unixepoch() WHERE id = ?2",
        params![serde_json::to_string(&tracking)?, id],
    )?;
    tx.commit()?;
    Ok(Some(result))
}

/// Sets the order's status code.
pub fn set_status(conn: &Connection, id: i64, status: OrderStatus) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE orders SET status = ?1 WHERE id = ?2",
        params![status_code(status), id],
    )?;
    Ok(())
}

/// Every order that is not finished, with its row id, number and status.
pub fn open_orders(conn: &Connection) -> rusqlite::Result<Vec<(i64, String)>> {
    let mut stmt = conn.prepare(
        "SELECT id, number FROM orders WHERE status NOT IN ('delivered', 'cancelled', 'returned')",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

fn load_items(conn: &Connection, order_id: i64) -> rusqlite::Result<Vec<OrderItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, quantity, unit_price FROM order_items WHERE order_id = ?1 ORDER BY position",
    )?;
    let items = stmt
        .query_map(params![order_id], |row| {
            Ok(OrderItem {
                name: row.get(0)?,
                quantity: row.get(1)?,
                unit_price: row.get(2)?,
            })
        })?
        .collect();
    items
}

/// Compares without an early exit, so timing does not reveal how much of a proof was right.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        diff |= usize::from(x ^ y);
    }
    diff == 0
}

/// The office hours staff saved in the desk, if they did (`office::ScheduleSetting` as JSON).
pub fn load_schedule(conn: &Connection) -> anyhow::Result<Option<crate::office::ScheduleSetting>> {
    let text: Option<String> = conn
        .query_row(
            "SELECT value FROM settings WHERE key = 'office_hours'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(match text {
        Some(text) => Some(serde_json::from_str(&text)?),
        None => None,
    })
}

/// Keeps the office hours staff saved in the desk.
pub fn save_schedule(
    conn: &Connection,
    setting: &crate::office::ScheduleSetting,
) -> anyhow::Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES ('office_hours', ?1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![serde_json::to_string(setting)?],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_db() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let conn = open(&dir.path().join("nested/sportello.db"), true).unwrap();
        (dir, conn)
    }

    #[test]
    fn seeds_once_and_migrates_idempotently() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        drop(open(&path, true).unwrap());
        let conn = open(&path, true).unwrap();
        let count: i64 = conn
            .query_row("SELECT COUNT(*) FROM orders", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count as usize, demo_orders().count());
        assert!(count >= 15);
        // Every delay reason of the contract appears in the demo.
        let mut reasons = std::collections::HashSet::new();
        for id in 1..=count {
            let order = load_order(&conn, id).unwrap().unwrap();
            let delays = order
                .delay
                .iter()
                .chain(order.shipments.iter().filter_map(|s| s.delay.as_ref()))
                .chain(order.refunds.iter().filter_map(|r| r.delay.as_ref()));
            reasons.extend(delays.map(|d| d.reason));
        }
        for reason in sportello_contract::DelayReason::ALL {
            assert!(reasons.contains(&reason), "no demo order shows {reason:?}");
        }
        let version: usize = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, migrations::MIGRATIONS.len());
    }

    #[test]
    fn lookup_by_email_and_postcode() {
        let (_dir, conn) = temp_db();
        let by_email = LookupRequest::ByEmail {
            order_number: " #sp-1001".into(),
            email: " Giulia.Rossi@Example.com ".into(),
        };
        let id = lookup(&conn, &by_email).unwrap().expect("found");
        let order = load_order(&conn, id).unwrap().unwrap();
        assert_eq!(order.number, "SP-1001");
        assert_eq!(order.status, OrderStatus::InTransit);
        assert_eq!(order.items.len(), 2);
        assert_eq!(order.items[0].name, "Tazza in ceramica di Deruta");

        let by_postcode = LookupRequest::ByPostcode {
            order_number: "SP-1003".into(),
            postcode: "80 121".into(),
        };
        assert!(lookup(&conn, &by_postcode).unwrap().is_some());
    }

    #[test]
    fn wrong_proof_and_unknown_order_are_both_none() {
        let (_dir, conn) = temp_db();
        let wrong = LookupRequest::ByEmail {
            order_number: "SP-1001".into(),
            email: "someone@example.com".into(),
        };
        assert!(lookup(&conn, &wrong).unwrap().is_none());
        let missing = LookupRequest::ByEmail {
            order_number: "SP-9999".into(),
            email: "giulia.rossi@example.com".into(),
        };
        assert!(lookup(&conn, &missing).unwrap().is_none());
    }

    /// A database that cannot be written is found out (at start, and by `/readyz`). The tests
    /// run as root, who may write any file, so the read-only database is opened read-only.
    #[test]
    fn a_database_that_cannot_be_written_is_found_out() {
        let (dir, mut conn) = temp_db();
        check_writable(&mut conn).unwrap();
        let tables = |c: &Connection| -> i64 {
            c.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
                .unwrap()
        };
        let before = tables(&conn);
        check_writable(&mut conn).unwrap();
        assert_eq!(tables(&conn), before, "the check leaves nothing behind");
        drop(conn);
        let mut read_only = Connection::open_with_flags(
            dir.path().join("nested/sportello.db"),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .unwrap();
        assert!(check_writable(&mut read_only).is_err());
    }

    #[test]
    fn constant_time_eq_is_equality() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
        assert!(!constant_time_eq(b"", b"a"));
        assert!(constant_time_eq(b"", b""));
    }
}
