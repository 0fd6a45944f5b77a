//! Counts in words, as English prints them: "10,000 findings".

/// A count with its noun: "1 finding", "2 findings", "10,000 findings".
pub(crate) fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{} {}", grouped(count), if count == 1 { one } else { many })
}

/// A count with its thousands set apart by commas, as English prints them: "10,000".
pub fn grouped(count: usize) -> String {
    let digits = count.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_noun_they_need() {
        assert_eq!(counted(1, "finding", "findings"), "1 finding");
        assert_eq!(
            [0, 2].map(|n| counted(n, "theme", "themes")),
            ["0 themes", "2 themes"]
        );
        assert_eq!(counted(10_000, "finding", "findings"), "10,000 findings");
    }

    #[test]
    fn thousands_are_set_apart_by_commas() {
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
    }
}
