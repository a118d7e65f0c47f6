//! What can be wrong with one field of a form, and the checks every form shares. Forms show one
//! localised message per wrong field and never clear what was typed.

use sportello_contract::is_plausible_email;

/// Longest e-mail address accepted (the backend refuses longer ones too).
pub const MAX_EMAIL_CHARS: usize = 254;

/// What is wrong with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    Required,
    Invalid,
    TooShort,
    TooLong,
}

/// The one e-mail check of the widget (lookup, complaint, follow-up): the trimmed address, or
/// what is wrong with it.
pub fn check_email(email: &str) -> Result<&str, FieldError> {
    let email = email.trim();
    if email.is_empty() {
        Err(FieldError::Required)
    } else if email.chars().count() > MAX_EMAIL_CHARS {
        Err(FieldError::TooLong)
    } else if !is_plausible_email(email) {
        Err(FieldError::Invalid)
    } else {
        Ok(email)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_email_is_trimmed_or_named_wrong() {
        assert_eq!(check_email("  ada@example.com "), Ok("ada@example.com"));
        assert_eq!(check_email("   "), Err(FieldError::Required));
        assert_eq!(check_email("ada"), Err(FieldError::Invalid));
        let long = format!("{}@example.com", "a".repeat(MAX_EMAIL_CHARS));
        assert_eq!(check_email(&long), Err(FieldError::TooLong));
    }
}
