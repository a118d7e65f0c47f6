//! SMS and WhatsApp through the shop's own provider: the outbox's `sms` and `whatsapp` messages
//! are POSTed, one at a time and in order, to `--message-webhook-url` as JSON
//! (`{"id", "channel", "to", "text", "language"}`, `to` in E.164), signed with HMAC-SHA256 of the
//! body with `--message-webhook-secret` in `X-Sportello-Signature: sha256=<hex>`, so that the
//! shop's relay can check that it comes from here. Claimed, retried and parked like e-mail
//! (`mail.rs`): a 2xx is sent; a 408, a 429, a 5xx or no answer is retried; another 4xx is parked.

use std::time::Duration;

use hmac::{KeyInit, Mac};
use rusqlite::Connection;
use serde::Serialize;

use crate::mail::{deliver_due, Claimed, Sent, MAX_ATTEMPTS};

/// The outbox channels that go through the relay.
const CHANNELS: &[&str] = &["sms", "whatsapp"];

/// Where SMS and WhatsApp messages go, and the secret they are signed with.
#[derive(Clone)]
pub struct Relay {
    url: String,
    secret: String,
    /// The shop's language, for a message that names none.
    language: String,
    /// The shop's `phone_country`, for numbers stored without their code.
    country: Option<String>,
    agent: ureq::Agent,
}

impl std::fmt::Debug for Relay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Relay({})", self.url)
    }
}

/// The JSON the relay receives.
#[derive(Debug, Serialize)]
pub struct Outgoing<'a> {
    /// Stable across retries: the relay may use it to drop a repeat.
    pub id: &'a str,
    pub channel: &'a str,
    /// E.164, `+393331234567`.
    pub to: String,
    pub text: String,
    pub language: &'a str,
}

/// A phone number in E.164: international, digits only after the `+`.
pub fn e164(number: &str, country: Option<&str>) -> Option<String> {
    let international = sportello_contract::international_phone(number, country);
    sportello_contract::is_plausible_phone(&international).then(|| {
        let digits: String = international.chars().filter(char::is_ascii_digit).collect();
        format!("+{digits}")
    })
}

/// The signature header's value for `body`.
pub fn signature(secret: &str, body: &[u8]) -> String {
    let mut mac =
        hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(body);
    let bytes = mac.finalize().into_bytes();
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256={hex}")
}

impl Relay {
    pub fn new(url: &str, secret: &str, language: &str, country: Option<&str>) -> Relay {
        Relay {
            url: url.to_owned(),
            secret: secret.to_owned(),
            language: language.to_owned(),
            country: country.map(str::to_owned),
            agent: ureq::AgentBuilder::new()
                .timeout(Duration::from_secs(15))
                .build(),
        }
    }

    fn send(&self, message: &Claimed) -> Sent {
        let Some(to) = e164(&message.address, self.country.as_deref()) else {
            return Sent::Parked(format!("not a phone number: {}", message.address));
        };
        let outgoing = Outgoing {
            id: &message.message_id,
            channel: &message.channel,
            to,
            // The short form (`letters.rs`): the shop, what happened, the page.
            text: message.body.clone(),
            language: message.language.as_deref().unwrap_or(&self.language),
        };
        let body = serde_json::to_vec(&outgoing).unwrap_or_default();
        let answer = self
            .agent
            .post(&self.url)
            .set("Content-Type", "application/json")
            .set("X-Sportello-Signature", &signature(&self.secret, &body))
            .send_bytes(&body);
        let last = message.attempts + 1 >= MAX_ATTEMPTS;
        match answer {
            Ok(_) => Sent::Sent,
            Err(ureq::Error::Status(code, _)) if !(code == 408 || code == 429 || code >= 500) => {
                Sent::Parked(format!("the relay refused it: {code}"))
            }
            Err(error) if last => Sent::Parked(format!("gave up after {MAX_ATTEMPTS}: {error}")),
            Err(error) => Sent::Retry(error.to_string()),
        }
    }
}

/// Sends the SMS and WhatsApp messages due now, in order; the count sent.
pub fn run_once(
    conn: &mut Connection,
    relay: &Relay,
    worker: &str,
    now: impl Fn() -> i64,
) -> anyhow::Result<usize> {
    deliver_due(conn, CHANNELS, worker, "sportello", now, |m| relay.send(m))
}

/// The relay worker (`mail::spawn_worker`).
pub(crate) fn spawn(state: crate::AppState, relay: Relay) {
    crate::mail::spawn_worker(state, CHANNELS, "sportello".to_owned(), move |m| {
        relay.send(m)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_e164() {
        assert_eq!(
            e164("+39 333 123 4567", None).as_deref(),
            Some("+393331234567")
        );
        assert_eq!(
            e164("0171/2345678", Some("DE")).as_deref(),
            Some("+491712345678")
        );
        assert_eq!(e164("333", Some("IT")), None);
    }
}
