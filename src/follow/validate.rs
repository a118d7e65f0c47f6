//! Checks of the follow-up: the lookup by reference and e-mail, and a message to the shop.

use sportello_contract::{ComplaintLookup, DESCRIPTION_MAX_CHARS};

use crate::ui::field::{check_email, FieldError};

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
    let email = check_email(email).unwrap_or_else(|problem| {
        errors.push((FollowField::Email, problem));
        ""
    });
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
