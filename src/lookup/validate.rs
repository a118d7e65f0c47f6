//! Checks of the lookup form (order number and e-mail), before anything is sent. Pure: the form
//! shows one localised message per field and never clears what was typed.

use sportello_contract::{normalize_order_number, LookupRequest};

use crate::ui::field::{check_email, FieldError};

/// Longest order number accepted (the backend refuses longer ones too).
pub const MAX_ORDER_NUMBER_CHARS: usize = 64;

/// The lookup form's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupField {
    OrderNumber,
    Email,
}

/// Field errors in the order the fields appear in the form.
pub type LookupErrors = Vec<(LookupField, FieldError)>;

/// Validates the lookup form; on success, the request to send (order number normalised,
/// e-mail trimmed).
pub fn validate_lookup(order_number: &str, email: &str) -> Result<LookupRequest, LookupErrors> {
    let mut errors = Vec::new();
    let number = normalize_order_number(order_number);
    if number.is_empty() {
        errors.push((LookupField::OrderNumber, FieldError::Required));
    } else if number.chars().count() > MAX_ORDER_NUMBER_CHARS {
        errors.push((LookupField::OrderNumber, FieldError::TooLong));
    } else if !number
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '/' | '.' | ' '))
    {
        errors.push((LookupField::OrderNumber, FieldError::Invalid));
    }
    let email = check_email(email).unwrap_or_else(|problem| {
        errors.push((LookupField::Email, problem));
        ""
    });
    if errors.is_empty() {
        Ok(LookupRequest::ByEmail {
            order_number: number,
            email: email.to_owned(),
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::field::MAX_EMAIL_CHARS;

    #[test]
    fn valid_input_is_normalised() {
        assert_eq!(
            validate_lookup(" #sp-1001 ", " giulia@example.com "),
            Ok(LookupRequest::ByEmail {
                order_number: "SP-1001".into(),
                email: "giulia@example.com".into()
            })
        );
    }

    #[test]
    fn empty_fields_are_required_in_form_order() {
        assert_eq!(
            validate_lookup("  ", ""),
            Err(vec![
                (LookupField::OrderNumber, FieldError::Required),
                (LookupField::Email, FieldError::Required)
            ])
        );
        assert_eq!(
            validate_lookup("#", "a@b.it"),
            Err(vec![(LookupField::OrderNumber, FieldError::Required)])
        );
    }

    #[test]
    fn malformed_fields_are_invalid() {
        assert_eq!(
            validate_lookup("SP-1001", "giulia.example.com"),
            Err(vec![(LookupField::Email, FieldError::Invalid)])
        );
        assert_eq!(
            validate_lookup("SP<1001>", "a@b.it"),
            Err(vec![(LookupField::OrderNumber, FieldError::Invalid)])
        );
    }

    #[test]
    fn overlong_fields_are_too_long() {
        let long_number = "1".repeat(MAX_ORDER_NUMBER_CHARS + 1);
        let long_email = format!("{}@example.com", "a".repeat(MAX_EMAIL_CHARS));
        assert_eq!(
            validate_lookup(&long_number, &long_email),
            Err(vec![
                (LookupField::OrderNumber, FieldError::TooLong),
                (LookupField::Email, FieldError::TooLong)
            ])
        );
    }
}
