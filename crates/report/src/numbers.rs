//! Counts with their thousands set apart, as a language writes them: "10,000", "10 000", "1000".

/// A count as English prints it: "10,000" (the checker's messages are in English).
#[cfg(any(feature = "parse", test))]
pub(crate) fn grouped(count: usize) -> String {
    grouped_by(count, ",", 4)
}

/// `count` with its thousands set apart by `separator` once it has at least `from` digits
/// (CLDR's minimum grouping: 4 digits in most languages, 5 in Spanish, Italian and Polish).
pub(crate) fn grouped_by(count: usize, separator: &str, from: usize) -> String {
    let digits = count.to_string();
    if digits.len() < from {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() * 2);
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_set_apart_once_there_are_enough_digits() {
        assert_eq!(
            [0, 7, 999, 1000, 9990, 10_000, 123_456, 1_234_567].map(grouped),
            [
                "0",
                "7",
                "999",
                "1,000",
                "9,990",
                "10,000",
                "123,456",
                "1,234,567"
            ]
        );
        assert_eq!(
            [1000, 10_000, 1_234_567].map(|n| grouped_by(n, ".", 5)),
            ["1000", "10.000", "1.234.567"]
        );
    }
}
