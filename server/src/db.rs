//! SQLite storage: schema migrations, demo seed and the queries behind the contract.

use std::path::Path;

use anyhow::Context;
use rusqlite::{params, Connection, OptionalExtension};
use sportello_contract::{
    normalize_order_number, normalize_postcode, LookupRequest, OrderItem, OrderStatus, OrderSummary,
};
use time::{format_description::well_known::Rfc3339, Duration, OffsetDateTime};

/// Ordered migrations; `PRAGMA user_version` records how many have run.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE,
    email       TEXT NOT NULL,
    postcode    TEXT NOT NULL,
    placed_at   TEXT NOT NULL,
    status      TEXT NOT NULL,
    currency    TEXT NOT NULL
);
CREATE TABLE order_items (
    order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    unit_price  INTEGER NOT NULL,
    PRIMARY KEY (order_id, position)
);
"#];

/// Opens (creating if needed) the database file, migrates it and seeds the demo shop on first
/// start.
pub fn open(path: &Path) -> anyhow::Result<Connection> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("creating the data directory {}", dir.display()))?;
    }
    let mut conn = Connection::open(path).with_context(|| format!("opening {}", path.display()))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    migrate(&mut conn)?;
    seed_demo(&mut conn, OffsetDateTime::now_utc())?;
    Ok(conn)
}

fn migrate(conn: &mut Connection) -> anyhow::Result<()> {
    let done: usize = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(done) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)
            .with_context(|| format!("migration {}", index + 1))?;
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
    }
    Ok(())
}

struct DemoOrder {
    number: &'static str,
    email: &'static str,
    postcode: &'static str,
    days_ago: i64,
    status: OrderStatus,
    items: &'static [(&'static str, u32, i64)],
}

/// The demo shop, Bottega Aurora: an Italian shop of ceramics and pantry goods. Dates are
/// relative to the first start so the demo always looks current.
const DEMO_ORDERS: &[DemoOrder] = &[
    // On time: shipped yesterday, well within its window.
    DemoOrder {
        number: "SP-1001",
        email: "giulia.rossi@example.com",
        postcode: "00184",
        days_ago: 2,
        status: OrderStatus::InTransit,
        items: &[
            ("Tazza in ceramica di Deruta", 2, 1850),
            ("Caffè macinato miscela Aurora 250 g", 1, 690),
        ],
    },
    // Delayed: in transit for far longer than promised (the carrier is late).
    DemoOrder {
        number: "SP-1002",
        email: "marco.bianchi@example.com",
        postcode: "20121",
        days_ago: 9,
        status: OrderStatus::InTransit,
        items: &[("Piatto da portata dipinto a mano", 1, 5400)],
    },
    // Delivered.
    DemoOrder {
        number: "SP-1003",
        email: "chiara.esposito@example.com",
        postcode: "80121",
        days_ago: 14,
        status: OrderStatus::Delivered,
        items: &[
            ("Olio extravergine di oliva 0,75 l", 3, 1490),
            ("Pasta di Gragnano trafilata al bronzo 1 kg", 4, 420),
        ],
    },
    // Returned and refunded.
    DemoOrder {
        number: "SP-1004",
        email: "luca.ferrari@example.com",
        postcode: "40121",
        days_ago: 30,
        status: OrderStatus::Returned,
        items: &[("Vaso in terracotta smaltata", 1, 3900)],
    },
    // Just placed, being prepared.
    DemoOrder {
        number: "SP-1005",
        email: "sara.romano@example.com",
        postcode: "50122",
        days_ago: 0,
        status: OrderStatus::Processing,
        items: &[
            ("Set di 6 bicchieri in vetro soffiato", 1, 4800),
            ("Tovaglia in lino grezzo", 1, 3500),
        ],
    },
    // Waiting at a pickup point.
    DemoOrder {
        number: "SP-1006",
        email: "paolo.ricci@example.com",
        postcode: "10121",
        days_ago: 5,
        status: OrderStatus::PickupAvailable,
        items: &[("Miele di castagno 500 g", 2, 950)],
    },
    // Cancelled before shipping.
    DemoOrder {
        number: "SP-1007",
        email: "elena.conti@example.com",
        postcode: "30121",
        days_ago: 12,
        status: OrderStatus::Cancelled,
        items: &[("Brocca in ceramica di Caltagirone", 1, 6200)],
    },
];

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

fn parse_status(code: &str) -> OrderStatus {
    serde_json::from_value(serde_json::Value::String(code.to_owned()))
        .unwrap_or(OrderStatus::Unknown)
}

/// Seeds the demo orders into an empty database, in one transaction. Does nothing when any
/// order exists, so a shop's own data is never touched.
pub fn seed_demo(conn: &mut Connection, now: OffsetDateTime) -> anyhow::Result<()> {
    let existing: i64 = conn.query_row("SELECT COUNT(*) FROM orders", [], |r| r.get(0))?;
    if existing > 0 {
        return Ok(());
    }
    let tx = conn.transaction()?;
    for order in DEMO_ORDERS {
        let placed_at = (now - Duration::days(order.days_ago) - Duration::hours(3))
            .replace_nanosecond(0)?
            .format(&Rfc3339)?;
        tx.execute(
            "INSERT INTO orders (number, email, postcode, placed_at, status, currency)
             VALUES (?1, ?2, ?3, ?4, ?5, 'EUR')",
            params![
                order.number,
                order.email,
                normalize_postcode(order.postcode),
                placed_at,
                status_code(order.status)
            ],
        )?;
        let id = tx.last_insert_rowid();
        for (position, (name, quantity, unit_price)) in order.items.iter().enumerate() {
            tx.execute(
                "INSERT INTO order_items (order_id, position, name, quantity, unit_price)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, position as i64, name, quantity, unit_price],
            )?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// The demo credentials, for the demo page's hint box and for tests.
pub fn demo_credentials() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    DEMO_ORDERS.iter().map(|o| (o.number, o.email, o.postcode))
}

/// Finds the order matching the number and the proof. `None` both when the order does not exist
/// and when the proof is wrong: callers must not be able to tell the two apart.
pub fn lookup(
    conn: &Connection,
    request: &LookupRequest,
) -> rusqlite::Result<Option<OrderSummary>> {
    let number = normalize_order_number(request.order_number());
    let row = conn
        .query_row(
            "SELECT id, number, email, postcode, placed_at, status, currency
             FROM orders WHERE number = ?1",
            params![number],
            |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    OrderSummary {
                        number: row.get(1)?,
                        placed_at: row.get(4)?,
                        status: parse_status(&row.get::<_, String>(5)?),
                        currency: row.get(6)?,
                        items: Vec::new(),
                    },
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                ))
            },
        )
        .optional()?;
    // Load the items whether or not the proof matches, so both failure paths do the same work.
    let (id, mut order, email, postcode) = match row {
        Some(found) => found,
        None => {
            load_items(conn, -1)?;
            return Ok(None);
        }
    };
    order.items = load_items(conn, id)?;
    let proof_matches = match request {
        LookupRequest::ByEmail { email: given, .. } => constant_time_eq(
            given.trim().to_lowercase().as_bytes(),
            email.to_lowercase().as_bytes(),
        ),
        LookupRequest::ByPostcode {
            postcode: given, ..
        } => constant_time_eq(normalize_postcode(given).as_bytes(), postcode.as_bytes()),
    };
    Ok(proof_matches.then_some(order))
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
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        diff |= usize::from(x ^ y);
    }
    diff == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_db() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let conn = open(&dir.path().join("nested/sportello.db")).unwrap();
        (dir, conn)
    }

    #[test]
    fn seeds_once_and_migrates_idempotently() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        drop(open(&path).unwrap());
        let conn = open(&path).unwrap();
        let count: i64 = conn
            .query_row("SELECT COUNT(*) FROM orders", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count as usize, DEMO_ORDERS.len());
        assert!(count >= 6);
        let version: usize = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, MIGRATIONS.len());
    }

    #[test]
    fn lookup_by_email_and_postcode() {
        let (_dir, conn) = temp_db();
        let by_email = LookupRequest::ByEmail {
            order_number: " #sp-1001".into(),
            email: " Giulia.Rossi@Example.com ".into(),
        };
        let order = lookup(&conn, &by_email).unwrap().expect("found");
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

    #[test]
    fn constant_time_eq_is_equality() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
        assert!(!constant_time_eq(b"", b"a"));
        assert!(constant_time_eq(b"", b""));
    }
}
