//! The complaint the customer is writing: the draft (kept in the browser while they type, so a
//! reload or a closed tab loses nothing), its validation, and the reply-by wording. Pure apart
//! from [`load`], [`save`] and [`clear`], which touch `localStorage` only.

use serde::{Deserialize, Serialize};
use sportello_contract::{
    is_plausible_email, is_plausible_phone, ComplaintLookup, ComplaintRequest, ComplaintTopic,
    ContactChannel, ContactPreference, DesiredResolution, PhotoUpload, TimeWindow,
    COMPLAINT_ORDER_NUMBER_MAX_CHARS, DESCRIPTION_MAX_CHARS, DESCRIPTION_MIN_CHARS,
};

use crate::validate::{FieldError, MAX_EMAIL_CHARS};

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
    /// The [`fingerprint`] of the request the key was made for: a changed complaint gets a new
    /// key (the backend would refuse the old key with another body).
    pub key_for: Option<String>,
    /// Sent (with the customer's consent) while the browser was offline: the complaint goes,
    /// with `key`, as soon as the connection is back, also after a reload.
    pub queued: bool,
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
        let print = fingerprint(request);
        match (&self.key, &self.key_for) {
            (Some(key), Some(used)) if *used == print => key.clone(),
            _ => {
                let key = fresh();
                self.key = Some(key.clone());
                self.key_for = Some(print);
                key
            }
        }
    }
}

impl Draft {
    /// The request to send and its Idempotency-Key (see [`Draft::key_for`]), or what is wrong.
    pub fn prepare(
        &mut self,
        consent: bool,
        fresh: impl FnOnce() -> String,
    ) -> Result<(ComplaintRequest, String), Errors> {
        let request = validate(self, consent)?;
        let key = self.key_for(&request, fresh);
        Ok((request, key))
    }
}

/// A short digest of a request (FNV-1a over its JSON): equal requests, equal fingerprints.
pub fn fingerprint<T: Serialize>(request: &T) -> String {
    let json = serde_json::to_string(request).unwrap_or_default();
    let hash = json.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// The fields of the complaint form, in the order they appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    OrderNumber,
    Description,
    Resolution,
    Email,
    Phone,
    Consent,
}

impl Field {
    /// The name the backend uses for the field in `invalid_params`.
    pub fn from_param(name: &str) -> Option<Field> {
        Some(match name {
            "order_number" => Field::OrderNumber,
            "description" => Field::Description,
            "resolution" => Field::Resolution,
            "email" => Field::Email,
            "contact.address" | "contact.channel" => Field::Phone,
            "consent" => Field::Consent,
            _ => return None,
        })
    }
}

/// What is wrong, per field, in form order.
pub type Errors = Vec<(Field, FieldError)>;

/// Checks the draft; on success, the request to send (text trimmed).
pub fn validate(draft: &Draft, consent: bool) -> Result<ComplaintRequest, Errors> {
    let mut errors = Errors::new();
    let order_number = draft.order_number.as_deref().map(str::trim).unwrap_or("");
    if order_number.chars().count() > COMPLAINT_ORDER_NUMBER_MAX_CHARS {
        errors.push((Field::OrderNumber, FieldError::TooLong));
    }
    let length = draft.description.trim().chars().count();
    if length == 0 {
        errors.push((Field::Description, FieldError::Required));
    } else if length < DESCRIPTION_MIN_CHARS {
        errors.push((Field::Description, FieldError::TooShort));
    } else if length > DESCRIPTION_MAX_CHARS {
        errors.push((Field::Description, FieldError::TooLong));
    }
    if draft.resolution.is_none() {
        errors.push((Field::Resolution, FieldError::Required));
    }
    let email = draft.email.trim();
    if email.is_empty() {
        errors.push((Field::Email, FieldError::Required));
    } else if email.chars().count() > MAX_EMAIL_CHARS {
        errors.push((Field::Email, FieldError::TooLong));
    } else if !is_plausible_email(email) {
        errors.push((Field::Email, FieldError::Invalid));
    }
    let phone = draft.phone.trim();
    if draft.channel != ContactChannel::Email {
        if phone.is_empty() {
            errors.push((Field::Phone, FieldError::Required));
        } else if !is_plausible_phone(phone) {
            errors.push((Field::Phone, FieldError::Invalid));
        }
    }
    if !consent {
        errors.push((Field::Consent, FieldError::Required));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let address = if draft.channel == ContactChannel::Email {
        email.to_owned()
    } else {
        phone.to_owned()
    };
    Ok(ComplaintRequest {
        topic: draft.topic.unwrap_or(ComplaintTopic::Other),
        order_id: draft.order_id.clone(),
        order_number: (!order_number.is_empty()).then(|| order_number.to_owned()),
        items: draft.items.clone(),
        description: draft.description.trim().to_owned(),
        resolution: draft.resolution.unwrap_or(DesiredResolution::Other),
        photos: draft.photos.clone(),
        email: email.to_owned(),
        contact: ContactPreference {
            channel: draft.channel,
            address,
            window: draft.window,
        },
        consent,
        locale: None,
    })
}

/// The fields of the follow-up lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowField {
    Reference,
    Email,
}

/// Checks the follow-up lookup; on success, the request (reference upper-cased, both trimmed).
pub fn validate_follow(
    reference: &str,
    email: &str,
) -> Result<ComplaintLookup, Vec<(FollowField, FieldError)>> {
    let mut errors = Vec::new();
    let reference = reference
        .trim()
        .trim_start_matches('#')
        .to_ascii_uppercase();
    if reference.is_empty() {
        errors.push((FollowField::Reference, FieldError::Required));
    } else if reference.chars().count() > 40 {
        errors.push((FollowField::Reference, FieldError::TooLong));
    }
    let email = email.trim();
    if email.is_empty() {
        errors.push((FollowField::Email, FieldError::Required));
    } else if email.chars().count() > MAX_EMAIL_CHARS {
        errors.push((FollowField::Email, FieldError::TooLong));
    } else if !is_plausible_email(email) {
        errors.push((FollowField::Email, FieldError::Invalid));
    }
    if errors.is_empty() {
        Ok(ComplaintLookup {
            reference,
            email: email.to_owned(),
        })
    } else {
        Err(errors)
    }
}

/// Checks a follow-up message; on success, its trimmed text.
pub fn validate_message(text: &str) -> Result<String, FieldError> {
    let text = text.trim();
    match text.chars().count() {
        0 => Err(FieldError::Required),
        n if n > DESCRIPTION_MAX_CHARS => Err(FieldError::TooLong),
        _ => Ok(text.to_owned()),
    }
}

/// A response time as the customer reads it: minutes under an hour, hours up to two office
/// days (rounded up: never promise faster than the figure), then office days of 8 hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Minutes(u32),
    Hours(u32),
    Days(u32),
}

pub fn span(minutes: u32) -> Span {
    if minutes < 60 {
        Span::Minutes(minutes.max(1))
    } else if minutes <= 16 * 60 {
        Span::Hours(minutes.div_ceil(60))
    } else {
        Span::Days(minutes.div_ceil(8 * 60))
    }
}

const STORAGE_KEY: &str = "sportello.complaint-draft";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether the browser believes it is online.
pub fn browser_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// The draft kept from an earlier visit, if any (a damaged one is ignored).
pub fn load() -> Option<Draft> {
    let text = storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Whether a draft worth reopening ([`Draft::has_content`]) waits from an earlier visit. Asked
/// when the widget mounts, so it is read with miniserde: serde's decoder of the whole draft
/// travels with the complaint views, which [`load`] it.
pub fn waiting() -> bool {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .is_some_and(|text| worth_reopening(&text))
}

/// [`Draft::has_content`] of a stored draft, read without serde. A draft serde cannot read is
/// not worth reopening either: [`load`] would find nothing.
fn worth_reopening(text: &str) -> bool {
    #[derive(miniserde::Deserialize)]
    struct Brief {
        description: Option<String>,
        phone: Option<String>,
        photos: Option<Vec<crate::api::Seen>>,
        key: Option<String>,
        queued: Option<bool>,
    }
    let Ok(brief) = miniserde::json::from_str::<Brief>(text) else {
        return false;
    };
    let written = |field: &Option<String>| field.as_deref().is_some_and(|t| !t.trim().is_empty());
    written(&brief.description)
        || written(&brief.phone)
        || brief.photos.is_some_and(|p| !p.is_empty())
        || brief.key.is_some()
        || brief.queued == Some(true)
}

/// Keeps the draft; without its photos when they do not fit in the browser's storage (which
/// may also be disabled: then nothing is kept).
pub fn save(draft: &Draft) {
    let Some(storage) = storage() else { return };
    let write = |d: &Draft| {
        serde_json::to_string(d)
            .ok()
            .is_some_and(|text| storage.set_item(STORAGE_KEY, &text).is_ok())
    };
    if !write(draft) && !draft.photos.is_empty() {
        write(&Draft {
            photos: Vec::new(),
            ..draft.clone()
        });
    }
}

pub fn clear() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
}

/// A new Idempotency-Key (UUID v4 from the browser's cryptographic generator).
pub fn new_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("k-{}", crate::clock::now_ms()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> Draft {
        Draft {
            topic: Some(ComplaintTopic::DamagedItem),
            description: "  The cup arrived with a broken handle.  ".into(),
            resolution: Some(DesiredResolution::Replacement),
            email: " giulia@example.com ".into(),
            ..Draft::default()
        }
    }

    #[test]
    fn a_complete_draft_becomes_a_trimmed_request() {
        let request = validate(&filled(), true).unwrap();
        assert_eq!(request.description, "The cup arrived with a broken handle.");
        assert_eq!(request.email, "giulia@example.com");
        assert_eq!(request.contact.channel, ContactChannel::Email);
        assert_eq!(request.contact.address, "giulia@example.com");
        assert!(request.consent);
    }

    #[test]
    fn every_missing_answer_is_named_in_form_order() {
        let errors = validate(&Draft::default(), false).unwrap_err();
        assert_eq!(
            errors,
            vec![
                (Field::Description, FieldError::Required),
                (Field::Resolution, FieldError::Required),
                (Field::Email, FieldError::Required),
                (Field::Consent, FieldError::Required),
            ]
        );
    }

    #[test]
    fn description_length_and_phone_are_checked() {
        let mut draft = filled();
        draft.description = "Too short".into();
        draft.channel = ContactChannel::Whatsapp;
        assert_eq!(
            validate(&draft, true).unwrap_err(),
            vec![
                (Field::Description, FieldError::TooShort),
                (Field::Phone, FieldError::Required)
            ]
        );
        draft.description = "x".repeat(DESCRIPTION_MAX_CHARS + 1);
        draft.phone = "333 123".into();
        assert_eq!(
            validate(&draft, true).unwrap_err(),
            vec![
                (Field::Description, FieldError::TooLong),
                (Field::Phone, FieldError::Invalid)
            ]
        );
        draft.description = "x".repeat(DESCRIPTION_MIN_CHARS);
        draft.phone = "+39 333 123 4567".into();
        let request = validate(&draft, true).unwrap();
        assert_eq!(request.contact.address, "+39 333 123 4567");
    }

    #[test]
    fn the_key_is_kept_for_the_same_request_and_renewed_for_a_changed_one() {
        let mut draft = filled();
        let request = validate(&draft, true).unwrap();
        let first = draft.key_for(&request, || "k1".into());
        assert_eq!(first, "k1");
        assert_eq!(draft.key_for(&request, || "k2".into()), "k1", "a retry");
        // A draft restored after a reload still knows its key.
        let mut restored: Draft =
            serde_json::from_str(&serde_json::to_string(&draft).unwrap()).unwrap();
        assert_eq!(restored.key_for(&request, || "k3".into()), "k1");
        draft.description.push_str(" And the saucer too.");
        let changed = validate(&draft, true).unwrap();
        assert_eq!(draft.key_for(&changed, || "k4".into()), "k4");
    }

    #[test]
    fn preparing_gives_the_request_and_its_key_or_what_is_wrong() {
        let mut draft = filled();
        let errors = draft.prepare(false, || "k1".into()).unwrap_err();
        assert_eq!(errors, vec![(Field::Consent, FieldError::Required)]);
        assert_eq!(draft.key, None, "no key for a complaint that cannot go");
        let (request, key) = draft.prepare(true, || "k1".into()).unwrap();
        assert_eq!((request.consent, key.as_str()), (true, "k1"));
        assert_eq!(draft.prepare(true, || "k2".into()).unwrap().1, "k1");
    }

    #[test]
    fn the_order_number_is_optional_trimmed_and_bounded() {
        let mut draft = filled();
        draft.order_number = Some("  ".into());
        assert_eq!(validate(&draft, true).unwrap().order_number, None);
        draft.order_number = Some(" SP-1002 ".into());
        assert_eq!(
            validate(&draft, true).unwrap().order_number.as_deref(),
            Some("SP-1002")
        );
        draft.order_number = Some("1".repeat(COMPLAINT_ORDER_NUMBER_MAX_CHARS + 1));
        assert_eq!(
            validate(&draft, true).unwrap_err(),
            vec![(Field::OrderNumber, FieldError::TooLong)]
        );
    }

    #[test]
    fn the_follow_up_lookup_and_messages_are_checked() {
        assert_eq!(
            validate_follow(" #rc-4q7k-2m9p ", " giulia@example.com").unwrap(),
            ComplaintLookup {
                reference: "RC-4Q7K-2M9P".into(),
                email: "giulia@example.com".into()
            }
        );
        assert_eq!(
            validate_follow("", "giulia").unwrap_err(),
            vec![
                (FollowField::Reference, FieldError::Required),
                (FollowField::Email, FieldError::Invalid)
            ]
        );
        assert_eq!(validate_message("  "), Err(FieldError::Required));
        assert_eq!(validate_message(" Here it is "), Ok("Here it is".into()));
        assert_eq!(
            validate_message(&"x".repeat(DESCRIPTION_MAX_CHARS + 1)),
            Err(FieldError::TooLong)
        );
    }

    #[test]
    fn response_times_read_naturally_and_never_promise_faster() {
        assert_eq!(span(0), Span::Minutes(1));
        assert_eq!(span(45), Span::Minutes(45));
        assert_eq!(span(60), Span::Hours(1));
        assert_eq!(span(181), Span::Hours(4));
        assert_eq!(span(600), Span::Hours(10));
        assert_eq!(span(17 * 60), Span::Days(3));
    }

    #[test]
    fn drafts_round_trip_and_tolerate_old_shapes() {
        let mut draft = filled();
        draft.key = Some("6d0f7a39-1b2c-4d5e-8f90-123456789abc".into());
        let text = serde_json::to_string(&draft).unwrap();
        assert_eq!(serde_json::from_str::<Draft>(&text).unwrap(), draft);
        let old: Draft = serde_json::from_str(r#"{"description":"kept","unknown":1}"#).unwrap();
        assert_eq!(old.description, "kept");
        assert!(old.has_content());
        assert!(!Draft::default().has_content());
    }

    /// The check made at mount agrees with `has_content` on every kind of stored draft.
    #[test]
    fn the_draft_check_at_mount_agrees_with_has_content() {
        let photo = PhotoUpload {
            name: "cup.jpg".into(),
            content_type: "image/jpeg".into(),
            data: "AAAA".into(),
        };
        let drafts = [
            Draft::default(),
            filled(),
            Draft {
                description: "   ".into(),
                ..Draft::default()
            },
            Draft {
                phone: "+39 333".into(),
                ..Draft::default()
            },
            Draft {
                phone: " ".into(),
                email: "a@b.it".into(),
                ..Draft::default()
            },
            Draft {
                photos: vec![photo],
                ..Draft::default()
            },
            Draft {
                key: Some("k".into()),
                ..Draft::default()
            },
            Draft {
                queued: true,
                ..Draft::default()
            },
            Draft {
                topic: Some(ComplaintTopic::Other),
                items: vec!["A".into()],
                ..Draft::default()
            },
        ];
        for draft in drafts {
            let text = serde_json::to_string(&draft).unwrap();
            assert_eq!(worth_reopening(&text), draft.has_content(), "{text}");
        }
        for text in [
            "",
            "null",
            "[]",
            "<html>",
            r#"{"description":"kept","unknown":[1,{"a":2}]}"#,
            r#"{"photos":[]}"#,
            r#"{"photos":null}"#,
            r#"{"photos":{}}"#,
            r#"{"photos":"many"}"#,
        ] {
            let serde = serde_json::from_str::<Draft>(text).is_ok_and(|d| d.has_content());
            assert_eq!(worth_reopening(text), serde, "{text}");
        }
    }
}
