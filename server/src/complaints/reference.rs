//! Complaint references: `RC-` and eight characters of Crockford's base32, made at random and
//! read back the way customers type them.

/// `RC-` and eight characters of Crockford's base32 (no I, L, O, U), e.g. `RC-4Q7K-2M9P`.
pub(super) fn new_reference() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = [0u8; 8];
    getrandom::getrandom(&mut bytes).expect("the operating system provides randomness");
    let c: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[(*b as usize) % 32] as char)
        .collect();
    format!(
        "RC-{}-{}",
        c[..4].iter().collect::<String>(),
        c[4..].iter().collect::<String>()
    )
}

/// The reference as customers type it: trimmed, upper-case, `O` read as zero, `I`/`L` as one.
pub fn normalize_reference(raw: &str) -> String {
    let upper = raw.trim().to_uppercase();
    let body = upper.strip_prefix("RC").unwrap_or(&upper);
    let cleaned: String = body
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    if cleaned.len() == 8 {
        format!("RC-{}-{}", &cleaned[..4], &cleaned[4..])
    } else {
        upper
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_readable_and_normalised() {
        let reference = new_reference();
        assert_eq!(reference.len(), 12);
        assert!(reference.starts_with("RC-"));
        assert_eq!(normalize_reference(&reference.to_lowercase()), reference);
        assert_eq!(normalize_reference(" rc 4q7k 2m9p "), "RC-4Q7K-2M9P");
        assert_eq!(normalize_reference("RC-4Q7K-2M9O"), "RC-4Q7K-2M90");
        assert_eq!(normalize_reference("4Q7K2M9P"), "RC-4Q7K-2M9P");
    }
}
