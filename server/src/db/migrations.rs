//! The schema of every table (orders, complaints, idempotency, help feedback) as ordered
//! migrations, each applied once in its own transaction.

use anyhow::Context;
use rusqlite::{params, Connection};

use super::new_public_id;

/// Ordered migrations; `PRAGMA user_version` records how many have run.
pub(super) const MIGRATIONS: &[&str] = &[
    r#"
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
"#,
    r#"
ALTER TABLE orders ADD COLUMN public_id TEXT;
ALTER TABLE orders ADD COLUMN tracking TEXT NOT NULL DEFAULT '{}';
CREATE UNIQUE INDEX orders_public_id ON orders(public_id);
CREATE TABLE order_tokens (
    token       TEXT PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    expires_at  INTEGER NOT NULL
);
CREATE TABLE subscriptions (
    order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    channel     TEXT NOT NULL,
    address     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (order_id, channel)
);
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    channel     TEXT NOT NULL,
    address     TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
"#,
    r#"
CREATE TABLE complaints (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    order_id        INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    topic           TEXT NOT NULL,
    items           TEXT NOT NULL,
    description     TEXT NOT NULL,
    resolution      TEXT NOT NULL,
    email           TEXT NOT NULL,
    contact         TEXT NOT NULL,
    locale          TEXT,
    status          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    reply_by        TEXT,
    rating          TEXT,
    idempotency_key TEXT
);
CREATE INDEX complaints_order ON complaints(order_id);
CREATE TABLE complaint_updates (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    channel      TEXT NOT NULL,
    author       TEXT NOT NULL,
    author_name  TEXT,
    text         TEXT NOT NULL
);
CREATE TABLE complaint_photos (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
    update_id    INTEGER REFERENCES complaint_updates(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    content_type TEXT NOT NULL,
    data         BLOB NOT NULL
);
CREATE TABLE complaint_tokens (
    token        TEXT PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
    expires_at   INTEGER NOT NULL
);
CREATE TABLE idempotency (
    scope       TEXT NOT NULL,
    key         TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state       TEXT NOT NULL,
    status      INTEGER,
    body        TEXT,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
);
CREATE TABLE help_feedback (
    id        INTEGER PRIMARY KEY,
    topic     TEXT NOT NULL,
    answer_id TEXT,
    solved    INTEGER NOT NULL,
    at        TEXT NOT NULL
);
"#,
    // The order number a customer typed when no order token proved the order (unverified).
    r#"
ALTER TABLE complaints ADD COLUMN order_number TEXT;
"#,
    // What the queries look up, so that a lookup or a filing costs the same at a million rows as
    // at none; and the process that claimed a pending Idempotency-Key (`idempotency.rs`).
    r#"
CREATE INDEX order_tokens_expiry ON order_tokens(expires_at);
CREATE INDEX order_tokens_order ON order_tokens(order_id);
CREATE INDEX complaint_tokens_expiry ON complaint_tokens(expires_at);
CREATE INDEX complaint_tokens_complaint ON complaint_tokens(complaint_id);
CREATE INDEX idempotency_age ON idempotency(created_at);
CREATE INDEX complaint_updates_complaint ON complaint_updates(complaint_id);
CREATE INDEX complaint_photos_complaint ON complaint_photos(complaint_id);
CREATE INDEX complaint_photos_update ON complaint_photos(update_id);
CREATE INDEX outbox_order ON outbox(order_id);
ALTER TABLE idempotency ADD COLUMN owner TEXT;
"#,
    // What customers asked about a parcel that needs them (contract 1.3): a new delivery day or
    // a corrected address, for the shop to pass on to the carrier.
    r#"
CREATE TABLE parcel_requests (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    shipment_id TEXT NOT NULL,
    kind        TEXT NOT NULL,
    date        TEXT,
    address     TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX parcel_requests_order ON parcel_requests(order_id);
"#,
    // The digest of the last document the shop's system sent for an order (`ingest`): the same
    // document again changes nothing.
    r#"
ALTER TABLE orders ADD COLUMN source_digest TEXT;
"#,
    // The platforms' webhook deliveries already taken (each is retried until answered), and
    // which of our orders a platform's own order id is.
    r#"
CREATE TABLE webhook_deliveries (
    source      TEXT NOT NULL,
    id          TEXT NOT NULL,
    topic       TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    PRIMARY KEY (source, id)
);
CREATE TABLE external_orders (
    source      TEXT NOT NULL,
    external_id TEXT NOT NULL,
    number      TEXT NOT NULL,
    PRIMARY KEY (source, external_id)
);
"#,
    // When an order last changed (Unix seconds), for `--retention-days`.
    r#"
ALTER TABLE orders ADD COLUMN changed_at INTEGER;
UPDATE orders SET changed_at = unixepoch();
CREATE INDEX orders_changed ON orders(changed_at);
"#,
    // Delivery of the outbox (`mail.rs`): queued, sent or parked; the attempts, when the next
    // is due, the stable Message-ID, and which worker holds a message until when.
    r#"
ALTER TABLE outbox ADD COLUMN state TEXT NOT NULL DEFAULT 'queued';
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN message_id TEXT;
ALTER TABLE outbox ADD COLUMN sent_at INTEGER;
ALTER TABLE outbox ADD COLUMN error TEXT;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
"#,
    // A message may be about a complaint rather than an order (its confirmation), and an
    // e-mail has an HTML part: the outbox rebuilt with `order_id` optional.
    r#"
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,
    order_id        INTEGER REFERENCES orders(id) ON DELETE CASCADE,
    complaint_id    INTEGER REFERENCES complaints(id) ON DELETE CASCADE,
    channel         TEXT NOT NULL,
    address         TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    html            TEXT,
    created_at      TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'queued',
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    message_id      TEXT,
    sent_at         INTEGER,
    error           TEXT,
    claimed_by      TEXT,
    claimed_until   INTEGER
);
INSERT INTO outbox_new (id, order_id, channel, address, subject, body, created_at, state,
    attempts, next_attempt_at, message_id, sent_at, error, claimed_by, claimed_until)
SELECT id, order_id, channel, address, subject, body, created_at, state, attempts,
    next_attempt_at, message_id, sent_at, error, claimed_by, claimed_until FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_order ON outbox(order_id);
CREATE INDEX outbox_complaint ON outbox(complaint_id);
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
"#,
    // Notifications in the customer's language with a one-click unsubscribe (`notices.rs`): the
    // language and token of a subscription, the language an order was placed in, what each
    // message is about, and the notices of changes waiting to be written as messages.
    r#"
ALTER TABLE subscriptions ADD COLUMN locale TEXT;
ALTER TABLE subscriptions ADD COLUMN unsubscribe_token TEXT;
CREATE UNIQUE INDEX subscriptions_unsubscribe ON subscriptions(unsubscribe_token);
ALTER TABLE orders ADD COLUMN locale TEXT;
ALTER TABLE outbox ADD COLUMN kind TEXT;
ALTER TABLE outbox ADD COLUMN language TEXT;
ALTER TABLE outbox ADD COLUMN unsubscribe_url TEXT;
CREATE TABLE notices (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    notice      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notices_pending ON notices(done, id);
"#,
    // The staff desk (`desk/`): staff accounts (an Argon2id hash, never the password), their
    // sessions (the token's SHA-256), and how each complaint was resolved.
    r#"
CREATE TABLE staff (
    id              INTEGER PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE,
    name            TEXT,
    password_hash   TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE TABLE staff_sessions (
    token_hash  TEXT PRIMARY KEY,
    staff_id    INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    csrf        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL
);
CREATE INDEX staff_sessions_seen ON staff_sessions(last_seen);
ALTER TABLE complaints ADD COLUMN outcome TEXT;
"#,
    r#"
CREATE TABLE findings (
    order_id     INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    shipment_id  TEXT NOT NULL,
    kind         TEXT NOT NULL,
    found_at     TEXT NOT NULL,
    provisional  TEXT NOT NULL,
    explained_at TEXT,
    explained_by TEXT,
    PRIMARY KEY (order_id, shipment_id)
);
CREATE INDEX findings_open ON findings(explained_at, found_at);
"#,
    r#"
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"#,
    r#"
CREATE TABLE help_answers (
    id        TEXT NOT NULL,
    language  TEXT NOT NULL,
    topic     TEXT NOT NULL,
    position  INTEGER NOT NULL,
    title     TEXT NOT NULL,
    body      TEXT NOT NULL,
    PRIMARY KEY (id, language)
);
CREATE INDEX help_answers_topic ON help_answers(topic, language, position);
"#,
    // Store first, work after (`ingest/inbox.rs`): a platform's verified webhook delivery as
    // received, until it is applied; set aside (`parked`) with the reason when it cannot be.
    r#"
CREATE TABLE webhook_inbox (
    seq         INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    id          TEXT NOT NULL,
    topic       TEXT NOT NULL,
    body        BLOB NOT NULL,
    received_at INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_at     INTEGER NOT NULL,
    parked      INTEGER NOT NULL DEFAULT 0,
    error       TEXT
);
CREATE INDEX webhook_inbox_due ON webhook_inbox(parked, next_at);
"#,
    // Help answers seeded before that promised what the widget lacks (`help::amend`).
    "-- help: amend seeded answers",
];

/// Runs the migrations the database has not had yet, each in its own transaction.
pub(super) fn migrate(conn: &mut Connection) -> anyhow::Result<()> {
    let done: usize = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(done) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)
            .with_context(|| format!("migration {}", index + 1))?;
        if index == 1 {
            // Every existing order gets its opaque public id.
            let ids: Vec<i64> = tx
                .prepare("SELECT id FROM orders WHERE public_id IS NULL")?
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            for id in ids {
                tx.execute(
                    "UPDATE orders SET public_id = ?1 WHERE id = ?2",
                    params![new_public_id(), id],
                )?;
            }
        }
        if sql.contains("CREATE TABLE help_answers") {
            // The answers the server used to have built in become the shop's to edit.
            crate::help::seed(&tx)?;
        }
        if sql.contains("-- help: amend seeded answers") {
            crate::help::amend(&tx)?;
        }
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
    }
    Ok(())
}
