//! The known id nearest to a mistyped one, for "did you mean `schmid`?".

use crate::search::fold;

/// The first of `known` closest to `wanted`, if one is close: equal once case and accents are
/// folded, or within a few edits (one edit in three characters, at least one).
pub(super) fn nearest<'k>(wanted: &str, known: impl IntoIterator<Item = &'k str>) -> Option<&'k str> {
    let wanted: Vec<char> = fold(wanted).chars().collect();
    let mut best: Option<(usize, &str)> = None;
    for id in known {
        let id_chars: Vec<char> = id.chars().collect();
        let limit = (wanted.len().max(id_chars.len()) / 3).max(1);
        let bound = best.map_or(limit, |(distance, _)| distance.saturating_sub(1).min(limit));
        if let Some(distance) = distance_within(&wanted, &id_chars, bound)
            && best.is_none_or(|(least, _)| distance < least)
        {
            best = Some((distance, id));
        }
    }
    best.map(|(_, id)| id)
}

/// The edit distance (insertions, deletions, substitutions) between `a` and `b` if it is at most
/// `bound`; only a band of width `2 * bound + 1` is computed, so long ids cost little.
fn distance_within(a: &[char], b: &[char], bound: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > bound {
        return None;
    }
    let far = bound + 1;
    // previous[j]: the distance between a[..i] and b[..j], `far` outside the band.
    let mut previous: Vec<usize> = (0..=b.len()).map(|j| if j <= bound { j } else { far }).collect();
    let mut current = vec![far; b.len() + 1];
    for i in 1..=a.len() {
        let low = i.saturating_sub(bound);
        let high = (i + bound).min(b.len());
        current.fill(far);
        if low == 0 {
            current[0] = i;
        }
        for j in low.max(1)..=high {
            let substitute = previous[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            current[j] = substitute.min(previous[j] + 1).min(current[j - 1] + 1).min(far);
        }
        if current[low..=high].iter().all(|&d| d > bound) {
            return None;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()]).filter(|&d| d <= bound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_ids_are_suggested_and_far_ones_are_not() {
        let known = ["schmid", "tides", "law-enforcement", "vries"];
        assert_eq!(nearest("schmidt", known), Some("schmid"));
        assert_eq!(nearest("Schmïd", known), Some("schmid"), "case and accents");
        assert_eq!(nearest("tide", known), Some("tides"));
        assert_eq!(nearest("law-enforcment", known), Some("law-enforcement"));
        assert_eq!(nearest("fries", known), Some("vries"));
        assert_eq!(nearest("storms", known), None);
        assert_eq!(nearest("winds", known), None);
        assert_eq!(nearest("x", known), None);
        assert_eq!(nearest("s", ["t"]), Some("t"), "one edit is always close");
    }

    #[test]
    fn the_closest_wins_and_ties_go_to_the_first() {
        assert_eq!(nearest("tides", ["tide", "tides"]), Some("tides"));
        assert_eq!(nearest("abcd", ["abce", "abcf"]), Some("abce"));
    }

    #[test]
    fn banded_distances_match_the_full_ones() {
        let words = [
            "",
            "a",
            "ab",
            "kitten",
            "sitting",
            "flaw",
            "lawn",
            "intention",
            "execution",
        ];
        for a in words {
            for b in words {
                let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let full = full_distance(&a, &b);
                for bound in 0..6 {
                    let expected = Some(full).filter(|&d| d <= bound);
                    assert_eq!(distance_within(&a, &b, bound), expected, "{a:?} {b:?} {bound}");
                }
            }
        }
    }

    fn full_distance(a: &[char], b: &[char]) -> usize {
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for i in 1..=a.len() {
            let mut diagonal = row[0];
            row[0] = i;
            for j in 1..=b.len() {
                let above = row[j];
                row[j] = (diagonal + usize::from(a[i - 1] != b[j - 1]))
                    .min(above + 1)
                    .min(row[j - 1] + 1);
                diagonal = above;
            }
        }
        row[b.len()]
    }
}
