//! How long the shop takes to answer, in the words a customer reads.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn response_times_read_naturally_and_never_promise_faster() {
        assert_eq!(span(0), Span::Minutes(1));
        assert_eq!(span(45), Span::Minutes(45));
        assert_eq!(span(60), Span::Hours(1));
        assert_eq!(span(181), Span::Hours(4));
        assert_eq!(span(600), Span::Hours(10));
        assert_eq!(span(17 * 60), Span::Days(3));
    }
}
