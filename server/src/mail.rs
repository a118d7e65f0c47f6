//! E-mail delivery of the outbox over SMTP (`--smtp-url`, `--mail-from`).
//!
//! A worker takes the outbox's e-mail messages in order. It claims one message at a time, for a
//! while, in the database, so that several workers or a restarted one never send the same
//! message at once. It sends the message with a stable `Message-ID` and marks it sent right
//! after. A transient failure (a 4xx answer, the server unreachable) is retried with a growing
//! wait; a permanent one (5xx), or the tenth failure, parks the message, where `/admin/outbox`
//! shows it with the reason. Without `--smtp-url` nothing is sent, and the server says so at
//! start.

use std::time::Duration;

use lettre::{
    message::{
        header::{ContentType, HeaderName, HeaderValue},
        Mailbox,
    },
    transport::smtp::{
        authentication::Credentials,
        client::{Tls, TlsParameters},
    },
    Message, SmtpTransport, Transport,
};
use rusqlite::{params, Connection, OptionalExtension};

/// How long a claim on a message holds (a worker that dies mid-send frees it after this).
const CLAIM_SECONDS: i64 = 120;
/// Failures before a message is parked.
pub(crate) const MAX_ATTEMPTS: i64 = 10;

/// Where and as whom mail is sent.
#[derive(Clone)]
pub struct Mailer {
    transport: SmtpTransport,
    from: Mailbox,
    reply_to: Option<Mailbox>,
    /// The domain of the sender's address, for `Message-ID`s.
    domain: String,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Mailer({})", self.from)
    }
}

impl Mailer {
    /// `smtp://[user[:password]@]host[:port]` (STARTTLS when the server offers it, port 587 by
    /// default; a local catcher without TLS works too) or `smtps://…` (TLS from the start, port
    /// 465 by default).
    pub fn new(url: &str, from: &str, reply_to: Option<&str>) -> anyhow::Result<Mailer> {
        let url = url::Url::parse(url)?;
        let host = url
            .host_str()
            .ok_or_else(|| anyhow::anyhow!("--smtp-url needs a host"))?
            .to_owned();
        let builder = match url.scheme() {
            "smtps" => SmtpTransport::relay(&host)?.port(url.port().unwrap_or(465)),
            "smtp" => SmtpTransport::builder_dangerous(&host)
                .port(url.port().unwrap_or(587))
                .tls(Tls::Opportunistic(TlsParameters::new(host.clone())?)),
            other => anyhow::bail!("--smtp-url must be smtp:// or smtps://, not {other}://"),
        };
        let builder = if url.username().is_empty() {
            builder
        } else {
            let decode = |s: &str| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            };
            builder.credentials(Credentials::new(
                decode(url.username()),
                decode(url.password().unwrap_or("")),
            ))
        };
        let from: Mailbox = from.parse()?;
        let domain = from.email.domain().to_owned();
        Ok(Mailer {
            transport: builder.timeout(Some(Duration::from_secs(20))).build(),
            from,
            reply_to: reply_to.map(str::parse).transpose()?,
            domain,
        })
    }
}

/// One message of the outbox, claimed for sending.
#[derive(Debug)]
pub(crate) struct Claimed {
    pub(crate) id: i64,
    pub(crate) channel: String,
    pub(crate) address: String,
    pub(crate) subject: String,
    pub(crate) body: String,
    pub(crate) html: Option<String>,
    pub(crate) attempts: i64,
    pub(crate) message_id: String,
    /// The language it is written in (the relay passes it on).
    pub(crate) language: Option<String>,
    /// The one-click unsubscribe of a notification the customer asked for.
    pub(crate) unsubscribe_url: Option<String>,
}

/// What sending one message did.
#[derive(Debug, PartialEq, Eq)]
pub enum Sent {
    Sent,
    Retry(String),
    Parked(String),
}

/// Claims the next message of `channels` (one or two) due at `now` for `worker`; its
/// `Message-ID` is fixed at the first claim, so a retry carries the same one.
pub(crate) fn claim(
    conn: &Connection,
    channels: &[&str],
    worker: &str,
    domain: &str,
    now: i64,
) -> rusqlite::Result<Option<Claimed>> {
    let tx = conn.unchecked_transaction()?;
    let next = tx
        .query_row(
            "SELECT id, channel, address, subject, body, attempts, message_id, html, language,
                    unsubscribe_url FROM outbox
             WHERE channel IN (?2, ?3) AND state = 'queued' AND next_attempt_at <= ?1
               AND (claimed_until IS NULL OR claimed_until < ?1)
             ORDER BY id LIMIT 1",
            params![
                now,
                channels.first().copied().unwrap_or(""),
                channels.get(1).copied().unwrap_or("")
            ],
            |r| {
                Ok(Claimed {
                    id: r.get(0)?,
                    channel: r.get(1)?,
                    address: r.get(2)?,
                    subject: r.get(3)?,
                    body: r.get(4)?,
                    attempts: r.get(5)?,
                    message_id: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                    html: r.get(7)?,
                    language: r.get(8)?,
                    unsubscribe_url: r.get(9)?,
                })
            },
        )
        .optional()?;
    let Some(mut next) = next else {
        return Ok(None);
    };
    if next.message_id.is_empty() {
        next.message_id = format!("<outbox-{}.{}@{domain}>", next.id, crate::db::random_hex(8));
    }
    tx.execute(
        "UPDATE outbox SET claimed_by = ?1, claimed_until = ?2, message_id = ?3 WHERE id = ?4",
        params![worker, now + CLAIM_SECONDS, next.message_id, next.id],
    )?;
    tx.commit()?;
    Ok(Some(next))
}

/// Records how sending went: sent, due again later, or parked with the reason.
pub(crate) fn settle(
    conn: &Connection,
    id: i64,
    attempts: i64,
    outcome: &Sent,
    now: i64,
) -> rusqlite::Result<()> {
    match outcome {
        Sent::Sent => conn.execute(
            "UPDATE outbox SET state = 'sent', sent_at = ?1, attempts = ?2, error = NULL,
             claimed_until = NULL WHERE id = ?3",
            params![now, attempts + 1, id],
        ),
        Sent::Retry(why) => {
            // 30 s, 1 min, 2 min, … up to an hour.
            let wait = (30_i64 << attempts.min(7)).min(3600);
            conn.execute(
                "UPDATE outbox SET attempts = ?1, next_attempt_at = ?2, error = ?3,
                 claimed_until = NULL WHERE id = ?4",
                params![attempts + 1, now + wait, why, id],
            )
        }
        Sent::Parked(why) => conn.execute(
            "UPDATE outbox SET state = 'parked', attempts = ?1, error = ?2, claimed_until = NULL
             WHERE id = ?3",
            params![attempts + 1, why, id],
        ),
    }
    .map(|_| ())
}

fn send(mailer: &Mailer, message: &Claimed) -> Sent {
    let to: Mailbox = match message.address.parse() {
        Ok(to) => to,
        Err(error) => return Sent::Parked(format!("not an e-mail address: {error}")),
    };
    let mut builder = Message::builder()
        .from(mailer.from.clone())
        .to(to)
        .subject(&message.subject)
        .message_id(Some(message.message_id.clone()));
    if let Some(reply_to) = &mailer.reply_to {
        builder = builder.reply_to(reply_to.clone());
    }
    if let Some(url) = &message.unsubscribe_url {
        // RFC 2369 and RFC 8058: the mail client's own "unsubscribe", in one click.
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    let built = match &message.html {
        // Both parts: the plain text first, as mail clients expect.
        Some(html) => builder.multipart(lettre::message::MultiPart::alternative_plain_html(
            message.body.clone(),
            html.clone(),
        )),
        None => builder
            .header(ContentType::TEXT_PLAIN)
            .body(message.body.clone()),
    };
    let email = match built {
        Ok(email) => email,
        Err(error) => return Sent::Parked(format!("the message cannot be built: {error}")),
    };
    match mailer.transport.send(&email) {
        Ok(_) => Sent::Sent,
        Err(error) if error.is_permanent() => Sent::Parked(error.to_string()),
        Err(error) if message.attempts + 1 >= MAX_ATTEMPTS => {
            Sent::Parked(format!("gave up after {MAX_ATTEMPTS} attempts: {error}"))
        }
        Err(error) => Sent::Retry(error.to_string()),
    }
}

/// Sends the messages of `channels` due now, one after the other with `send`, until none is;
/// the count sent. Shared by e-mail and the relay (`messages.rs`).
pub(crate) fn deliver_due(
    conn: &mut Connection,
    channels: &[&str],
    worker: &str,
    domain: &str,
    now: impl Fn() -> i64,
    send: impl Fn(&Claimed) -> Sent,
) -> anyhow::Result<usize> {
    let mut sent = 0;
    while let Some(message) = claim(conn, channels, worker, domain, now())? {
        let outcome = send(&message);
        settle(conn, message.id, message.attempts, &outcome, now())?;
        if outcome == Sent::Sent {
            sent += 1;
        }
    }
    Ok(sent)
}

/// Sends the e-mails due now, in order; the count sent.
pub fn run_once(
    conn: &mut Connection,
    mailer: &Mailer,
    worker: &str,
    now: impl Fn() -> i64,
) -> anyhow::Result<usize> {
    deliver_due(conn, &["email"], worker, &mailer.domain, now, |m| {
        send(mailer, m)
    })
}

/// A worker: every second, and whenever the outbox has something new, the messages of
/// `channels` that are due. The database is held only
/// to claim and to settle a message, never while `send` talks to the outside world.
pub(crate) fn spawn_worker(
    state: crate::AppState,
    channels: &'static [&'static str],
    domain: String,
    send: impl Fn(&Claimed) -> Sent + Clone + Send + 'static,
) {
    let worker = crate::db::random_hex(8);
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(Duration::from_secs(1));
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = interval.tick() => {}
                _ = state.outbox_wake.notified() => {}
            }
            loop {
                let (domain, who, now) =
                    (domain.clone(), worker.clone(), state.now().unix_timestamp());
                let claimed = state
                    .with_db(move |conn| Ok(claim(conn, channels, &who, &domain, now)?))
                    .await;
                let Ok(Some(message)) = claimed else { break };
                let sender = send.clone();
                let Ok((outcome, message)) =
                    tokio::task::spawn_blocking(move || (sender(&message), message)).await
                else {
                    break;
                };
                if let Sent::Parked(why) = &outcome {
                    tracing::warn!(id = message.id, why, "a message was parked");
                }
                let now = state.now().unix_timestamp();
                let settled = state
                    .with_db(move |conn| {
                        Ok(settle(conn, message.id, message.attempts, &outcome, now)?)
                    })
                    .await;
                if settled.is_err() {
                    break;
                }
            }
        }
    });
}

/// The e-mail worker.
pub(crate) fn spawn(state: crate::AppState, mailer: Mailer) {
    let domain = mailer.domain.clone();
    spawn_worker(state, &["email"], domain, move |m| send(&mailer, m));
}
