//! Checks of the lookup form (order number and one proof: the e-mail address or the delivery
//! postcode), before anything is sent. Pure: the form shows one localised message per field and
//! never clears what was typed.

use sportello_contract::{normalize_order_number, LookupProof, LookupRequest};

use crate::ui::field::{check_email, FieldError};

/// Longest order number accepted (the backend refuses longer ones too).
pub const MAX_ORDER_NUMBER_CHARS: usize = 64;

/// Longest postcode accepted (the contract's limit for a lookup field).
pub const MAX_POSTCODE_CHARS: usize = 254;

/// The lookup form's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupField {
    OrderNumber,
    Email,
    Postcode,
}

/// Field errors in the order the fields appear in the form. An order number that lacks the
/// beginning the shop's numbers have is `TooShort` (see [`missing_prefix`]).
pub type LookupErrors = Vec<(LookupField, FieldError)>;

/// Validates the lookup form by the proof the customer chose; on success, the request to send
/// (order number normalised, the proof trimmed). `needs_prefix` says whether a normalised number
/// lacks the shop's prefix ([`missing_prefix`]).
pub fn validate_lookup(
    order_number: &str,
    proof: LookupProof,
    value: &str,
    needs_prefix: impl Fn(&str) -> bool,
) -> Result<LookupRequest, LookupErrors> {
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
    } else if needs_prefix(&number) {
        errors.push((LookupField::OrderNumber, FieldError::TooShort));
    }
    let request = if proof == LookupProof::Postcode {
        let postcode = value.trim();
        if postcode.is_empty() {
            errors.push((LookupField::Postcode, FieldError::Required));
        } else if postcode.chars().count() > MAX_POSTCODE_CHARS {
            errors.push((LookupField::Postcode, FieldError::TooLong));
        }
        LookupRequest::ByPostcode {
            order_number: number,
            postcode: postcode.to_owned(),
        }
    } else {
        let email = check_email(value).unwrap_or_else(|problem| {
            errors.push((LookupField::Email, problem));
            ""
        });
        LookupRequest::ByEmail {
            order_number: number,
            email: email.to_owned(),
        }
    };
    if errors.is_empty() {
        Ok(request)
    } else {
        Err(errors)
    }
}

/// The shop's number for what the customer typed when they left out its beginning: `SP-1001`
/// for `1001`, when the shop's example starts with `SP-` and its pattern (`matches`) takes
/// `SP-1001` but not `1001`. Only for numbers of digits alone; `None` otherwise.
pub fn missing_prefix(
    number: &str,
    example: Option<&str>,
    matches: impl Fn(&str) -> bool,
) -> Option<String> {
    let example = normalize_order_number(example?);
    let prefix: String = example
        .chars()
        .take_while(|c| !c.is_ascii_digit())
        .collect();
    if prefix.is_empty() || number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let whole = format!("{prefix}{number}");
    (!matches(number) && matches(&whole)).then_some(whole)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::field::MAX_EMAIL_CHARS;

    fn by_email(number: &str, email: &str) -> Result<LookupRequest, LookupErrors> {
        validate_lookup(number, LookupProof::Email, email, |_| false)
    }

    /// The demo shop's pattern, `^SP-[0-9]{4,}$`, by hand.
    fn sp(number: &str) -> bool {
        number
            .strip_prefix("SP-")
            .is_some_and(|d| d.len() >= 4 && d.chars().all(|c| c.is_ascii_digit()))
    }

    #[test]
    fn a_postcode_is_the_proof_when_chosen() {
        assert_eq!(
            validate_lookup("100042", LookupProof::Postcode, " 10115 ", |_| false),
            Ok(LookupRequest::ByPostcode {
                order_number: "100042".into(),
                postcode: "10115".into()
            })
        );
        assert_eq!(
            validate_lookup("", LookupProof::Postcode, "  ", |_| false),
            Err(vec![
                (LookupField::OrderNumber, FieldError::Required),
                (LookupField::Postcode, FieldError::Required)
            ])
        );
    }

    #[test]
    fn digits_without_the_shops_prefix_get_the_whole_number() {
        let example = Some("SP-1001");
        assert_eq!(missing_prefix("1001", example, sp), Some("SP-1001".into()));
        assert_eq!(
            missing_prefix("12", example, sp),
            None,
            "not a number of the shop"
        );
        assert_eq!(
            missing_prefix("SP-1001", example, sp),
            None,
            "already whole"
        );
        assert_eq!(
            missing_prefix("AB-1001", example, sp),
            None,
            "not digits alone"
        );
        assert_eq!(missing_prefix("1001", None, sp), None, "no example");
        assert_eq!(
            missing_prefix("1001", Some("100042"), |_| false),
            None,
            "no prefix"
        );
        let needs = |n: &str| missing_prefix(n, example, sp).is_some();
        assert_eq!(
            validate_lookup("1001", LookupProof::Email, "a@b.it", needs),
            Err(vec![(LookupField::OrderNumber, FieldError::TooShort)])
        );
        assert!(validate_lookup("sp-1001", LookupProof::Email, "a@b.it", needs).is_ok());
    }

    #[test]
    fn valid_input_is_normalised() {
        assert_eq!(
            by_email(" #sp-1001 ", " giulia@example.com "),
            Ok(LookupRequest::ByEmail {
                order_number: "SP-1001".into(),
                email: "giulia@example.com".into()
            })
        );
    }

    #[test]
    fn empty_fields_are_required_in_form_order() {
        assert_eq!(
            by_email("  ", ""),
            Err(vec![
                (LookupField::OrderNumber, FieldError::Required),
                (LookupField::Email, FieldError::Required)
            ])
        );
        assert_eq!(
            by_email("#", "a@b.it"),
            Err(vec![(LookupField::OrderNumber, FieldError::Required)])
        );
    }

    #[test]
    fn malformed_fields_are_invalid() {
        assert_eq!(
            by_email("SP-1001", "giulia.example.com"),
            Err(vec![(LookupField::Email, FieldError::Invalid)])
        );
        assert_eq!(
            by_email("SP<1001>", "a@b.it"),
            Err(vec![(LookupField::OrderNumber, FieldError::Invalid)])
        );
    }

    #[test]
    fn overlong_fields_are_too_long() {
        let long_number = "1".repeat(MAX_ORDER_NUMBER_CHARS + 1);
        let long_email = format!("{}@example.com", "a".repeat(MAX_EMAIL_CHARS));
        assert_eq!(
            by_email(&long_number, &long_email),
            Err(vec![
                (LookupField::OrderNumber, FieldError::TooLong),
                (LookupField::Email, FieldError::TooLong)
            ])
        );
    }
}
