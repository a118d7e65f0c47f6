//! The form-field vocabulary every form of the widget shares: what can be wrong with a field,
//! the e-mail check, and how a field is wired for assistive technology (GOV.UK style). A field
//! whose control has id `id` names its hint `{id}-hint` and its error `{id}-error`; the control
//! is described by the hint, then the error ([`described_by`]), is marked invalid while there is
//! an error ([`invalid`]), and the error is read out with a hidden "Error:" ([`error_line`]).
//! Forms show one localised message per wrong field and never clear what was typed.

use leptos::prelude::*;
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

/// `aria-describedby` of the control `id`: its hint (when the field has one), then its error
/// (when there is one); `None` when neither.
pub fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    match (hint, error) {
        (true, true) => Some(format!("{id}-hint {id}-error")),
        (true, false) => Some(format!("{id}-hint")),
        (false, true) => Some(format!("{id}-error")),
        (false, false) => None,
    }
}

/// `aria-invalid` of a control: `"true"` while its field has an error.
pub fn invalid(error: bool) -> Option<&'static str> {
    error.then_some("true")
}

/// The error line of the field whose control is `id` (`{id}-error`): `prefix` ("Error:" in the
/// current language) for screen readers only, then the message. A plain function, not a
/// component: it is first-open code (the lookup form), where a component's props cost bytes.
pub fn error_line(id: &str, prefix: &'static str, message: String) -> impl IntoView {
    view! {
        <p class="sportello-field-error" id=format!("{id}-error")>
            <span class="sportello-sr-only">{prefix}" "</span>
            {message}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_control_is_described_by_its_hint_then_its_error() {
        assert_eq!(
            described_by("f", true, true).as_deref(),
            Some("f-hint f-error")
        );
        assert_eq!(described_by("f", true, false).as_deref(), Some("f-hint"));
        assert_eq!(described_by("f", false, true).as_deref(), Some("f-error"));
        assert_eq!(described_by("f", false, false), None);
        assert_eq!((invalid(true), invalid(false)), (Some("true"), None));
    }

    #[test]
    fn an_email_is_trimmed_or_named_wrong() {
        assert_eq!(check_email("  ada@example.com "), Ok("ada@example.com"));
        assert_eq!(check_email("   "), Err(FieldError::Required));
        assert_eq!(check_email("ada"), Err(FieldError::Invalid));
        let long = format!("{}@example.com", "a".repeat(MAX_EMAIL_CHARS));
        assert_eq!(check_email(&long), Err(FieldError::TooLong));
    }
}
