//! The complaint the customer is writing: everything typed, kept in the browser while they type
//! (see [`super::storage`]) so that a reload or a closed tab loses nothing, and turned into the
//! request to send with its Idempotency-Key.

use serde::{Deserialize, Serialize};
use sportello_contract::{
    ComplaintRequest, ComplaintTopic, ContactChannel, DesiredResolution, PhotoUpload, TimeWindow,
};

use crate::browser::keys;

/// Everything typed into the complaint flow, except the consent (asked afresh every time).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub topic: Option<ComplaintTopic>,
    /// The order the complaint is about, as shown to the customer.
    pub order_number: Option<String>,
    /// `access.order_id` of that order (opaque; the token itself is never stored).
    pub order_id: Option<String>,
    pub items: Vec<String>,
    pub description: String,
    pub resolution: Option<DesiredResolution>,
    pub email: String,
    pub channel: ContactChannel,
    pub phone: String,
    pub window: TimeWindow,
    /// Photos, already downscaled (kept with the draft when the browser's storage has room).
    pub photos: Vec<PhotoUpload>,
    /// The Idempotency-Key, created at the first attempt to send and reused on every retry,
    /// also after a reload.
    pub key: Option<String>,
    /// The [`keys::fingerprint`] of the request the key was made for: a changed complaint gets a new
    /// key (the backend would refuse the old key with another body).
    pub key_for: Option<String>,
    /// Sent (with the customer's consent) while the browser was offline: the complaint goes,
    /// with `key`, as soon as the connection is back, also after a reload.
    pub queued: bool,
    /// When it was last kept (seconds since 1970): a draft left longer than
    /// [`storage::KEEP_SECONDS`](super::storage::KEEP_SECONDS) is forgotten, so that the next
    /// person on a shared device never meets someone else's e-mail address and phone number.
    pub saved_at: Option<i64>,
}

impl Draft {
    /// Whether the customer has written anything worth keeping.
    pub fn has_content(&self) -> bool {
        !self.description.trim().is_empty()
            || !self.phone.trim().is_empty()
            || !self.photos.is_empty()
            || self.key.is_some()
            || self.queued
    }

    /// The Idempotency-Key for sending `request`: the one already used for this very request
    /// (a retry, also after a reload), or a fresh one if there was none or the answers changed.
    pub fn key_for(
        &mut self,
        request: &ComplaintRequest,
        fresh: impl FnOnce() -> String,
    ) -> String {
        keys::key_for(&mut self.key, &mut self.key_for, request, fresh)
    }

    /// The request to send and its Idempotency-Key (see [`Draft::key_for`]), or what is wrong.
    pub fn prepare(
        &mut self,
        consent: bool,
        country: Option<&str>,
        fresh: impl FnOnce() -> String,
    ) -> Result<(ComplaintRequest, String), super::validate::Errors> {
        let request = super::validate::validate(self, consent, country)?;
        let key = self.key_for(&request, fresh);
        Ok((request, key))
    }
}

/// A complete draft, as the complaint tests start from (untrimmed, as typed).
#[cfg(test)]
pub(crate) fn filled() -> Draft {
    Draft {
        topic: Some(ComplaintTopic::DamagedItem),
        description: "  The cup arrived with a broken handle.  ".into(),
        resolution: Some(DesiredResolution::Replacement),
        email: " giulia@example.com ".into(),
        ..Draft::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        complaint::validate::{validate, Field},
        ui::field::FieldError,
    };

    #[test]
    fn the_key_is_kept_for_the_same_request_and_renewed_for_a_changed_one() {
        let mut draft = filled();
        let request = validate(&draft, true, None).unwrap();
        let first = draft.key_for(&request, || "k1".into());
        assert_eq!(first, "k1");
        assert_eq!(draft.key_for(&request, || "k2".into()), "k1", "a retry");
        // A draft restored after a reload still knows its key.
        let mut restored: Draft =
            serde_json::from_str(&serde_json::to_string(&draft).unwrap()).unwrap();
        assert_eq!(restored.key_for(&request, || "k3".into()), "k1");
        draft.description.push_str(" And the saucer too.");
        let changed = validate(&draft, true, None).unwrap();
        assert_eq!(draft.key_for(&changed, || "k4".into()), "k4");
    }

    #[test]
    fn preparing_gives_the_request_and_its_key_or_what_is_wrong() {
        let mut draft = filled();
        let errors = draft.prepare(false, None, || "k1".into()).unwrap_err();
        assert_eq!(errors, vec![(Field::Consent, FieldError::Required)]);
        assert_eq!(draft.key, None, "no key for a complaint that cannot go");
        let (request, key) = draft.prepare(true, None, || "k1".into()).unwrap();
        assert_eq!((request.consent, key.as_str()), (true, "k1"));
        assert_eq!(draft.prepare(true, None, || "k2".into()).unwrap().1, "k1");
    }
}
