//! Checks of the complaint form, GOV.UK style: every wrong field named at once, in form order,
//! nothing typed ever cleared.

use sportello_contract::{
    international_phone, is_plausible_phone, ComplaintRequest, ComplaintTopic, ContactChannel,
    ContactPreference, DesiredResolution, COMPLAINT_ORDER_NUMBER_MAX_CHARS, DESCRIPTION_MAX_CHARS,
    DESCRIPTION_MIN_CHARS,
};

use super::Draft;
use crate::ui::field::{check_email, FieldError};

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

/// Checks the draft; on success, the request to send (text trimmed, the phone number in
/// international format, a national one taken as of `country`, the shop's `phone_country`).
pub fn validate(
    draft: &Draft,
    consent: bool,
    country: Option<&str>,
) -> Result<ComplaintRequest, Errors> {
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
    let email = check_email(&draft.email).unwrap_or_else(|problem| {
        errors.push((Field::Email, problem));
        ""
    });
    let phone = international_phone(&draft.phone, country);
    if draft.channel != ContactChannel::Email {
        if phone.is_empty() {
            errors.push((Field::Phone, FieldError::Required));
        } else if !is_plausible_phone(&phone) {
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
        phone
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::complaint::draft::filled;

    #[test]
    fn a_complete_draft_becomes_a_trimmed_request() {
        let request = validate(&filled(), true, None).unwrap();
        assert_eq!(request.description, "The cup arrived with a broken handle.");
        assert_eq!(request.email, "giulia@example.com");
        assert_eq!(request.contact.channel, ContactChannel::Email);
        assert_eq!(request.contact.address, "giulia@example.com");
        assert!(request.consent);
    }

    #[test]
    fn every_missing_answer_is_named_in_form_order() {
        let errors = validate(&Draft::default(), false, None).unwrap_err();
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
            validate(&draft, true, None).unwrap_err(),
            vec![
                (Field::Description, FieldError::TooShort),
                (Field::Phone, FieldError::Required)
            ]
        );
        draft.description = "x".repeat(DESCRIPTION_MAX_CHARS + 1);
        draft.phone = "333 123".into();
        assert_eq!(
            validate(&draft, true, None).unwrap_err(),
            vec![
                (Field::Description, FieldError::TooLong),
                (Field::Phone, FieldError::Invalid)
            ]
        );
        draft.description = "x".repeat(DESCRIPTION_MIN_CHARS);
        draft.phone = "+39 333 123 4567".into();
        let request = validate(&draft, true, None).unwrap();
        assert_eq!(request.contact.address, "+39 333 123 4567");
    }

    #[test]
    fn the_order_number_is_optional_trimmed_and_bounded() {
        let mut draft = filled();
        draft.order_number = Some("  ".into());
        assert_eq!(validate(&draft, true, None).unwrap().order_number, None);
        draft.order_number = Some(" SP-1002 ".into());
        assert_eq!(
            validate(&draft, true, None)
                .unwrap()
                .order_number
                .as_deref(),
            Some("SP-1002")
        );
        draft.order_number = Some("1".repeat(COMPLAINT_ORDER_NUMBER_MAX_CHARS + 1));
        assert_eq!(
            validate(&draft, true, None).unwrap_err(),
            vec![(Field::OrderNumber, FieldError::TooLong)]
        );
    }
}
