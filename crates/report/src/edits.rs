//! How many one-letter edits part two words: the Damerau–Levenshtein distance in its optimal string alignment form.

/// How many letters (characters) `word` has.
pub(crate) fn letters(word: &str) -> usize {
    word.chars().fold(0, |count, _| count + 1)
}

/// Which letters `word` has, one bit each (a–z; every other character shares one of six more
/// bits): a word with `n` letters the other lacks needs at least `n` edits to become it, which
/// rules most words out before their edits are counted.
pub(crate) fn letter_mask(word: &str) -> u32 {
    word.chars().fold(0, |mask, c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            _ => 26 + c as u32 % 6,
        };
        mask | 1 << bit
    })
}

/// How many edits a misspelling of `word` may be from the word it stands for: none under 5
/// letters (too many short words are one edit apart), one from 5 letters, two from 9.
pub fn allowed_edits(word: &str) -> usize {
    match letters(word) {
        0..5 => 0,
        5..9 => 1,
        _ => 2,
    }
}

/// The fewest edits that turn `a` into `b`, each one letter inserted, deleted or replaced, or two
/// neighbouring letters swapped (no letter edited twice: the optimal string alignment form of
/// the Damerau–Levenshtein distance), if that is at most `limit`. Letters are characters.
/// Linear in `limit` times the shorter word's length: only a band of the table is filled.
pub fn edit_distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    let (a_len, b_len) = (letters(a), letters(b));
    if a_len.abs_diff(b_len) > limit {
        return None;
    }
    if a_len.max(b_len) < SHORT {
        let (mut a_letters, mut b_letters) = (['\0'; SHORT], ['\0'; SHORT]);
        let mut rows = [[0; SHORT]; 3];
        let [before, last, row] = &mut rows;
        filled(
            spelt(a, &mut a_letters),
            spelt(b, &mut b_letters),
            limit,
            [before, last, row],
        )
    } else {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut rows = vec![0; 3 * (b.len() + 1)];
        let (before, rest) = rows.split_at_mut(b.len() + 1);
        let (last, row) = rest.split_at_mut(b.len() + 1);
        filled(&a, &b, limit, [before, last, row])
    }
}

/// Words up to this long (less one) are compared on the stack, with no allocation.
const SHORT: usize = 48;

/// The letters of `word` (shorter than [`SHORT`]) in `into`, as a slice.
fn spelt<'a>(word: &str, into: &'a mut [char; SHORT]) -> &'a [char] {
    let mut len = 0;
    for (slot, c) in into.iter_mut().zip(word.chars()) {
        *slot = c;
        len += 1;
    }
    &into[..len]
}

/// Fills the band of the table a row at a time in `rows` (each at least `b.len() + 1` long):
/// the rows for `a[..i - 2]`, `a[..i - 1]` and `a[..i]`, each over `b[..0]` to `b[..b.len()]`.
fn filled(a: &[char], b: &[char], limit: usize, rows: [&mut [usize]; 3]) -> Option<usize> {
    let over = limit + 1;
    let [mut before, mut last, mut row] = rows;
    let width = b.len() + 1;
    before[..width].fill(over);
    for (j, cell) in last[..width].iter_mut().enumerate() {
        *cell = j.min(over);
    }
    for i in 1..=a.len() {
        let (from, to) = (i.saturating_sub(limit), (i + limit).min(b.len()));
        row[..width].fill(over);
        if from == 0 {
            row[0] = i.min(over);
        }
        let mut best = row[0];
        for j in from.max(1)..=to {
            let replace = last[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let mut cell = replace.min(last[j] + 1).min(row[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cell = cell.min(before[j - 2] + 1);
            }
            row[j] = cell.min(over);
            best = best.min(row[j]);
        }
        if best > limit {
            return None;
        }
        (before, last, row) = (last, row, before);
    }
    Some(last[b.len()]).filter(|&d| d <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_insertions_deletions_replacements_and_swaps_as_one_edit_each() {
        let cases = [
            ("trafficking", "trafficking", 0),
            ("traficking", "trafficking", 1),
            ("trafficcking", "trafficking", 1),
            ("trafficklng", "trafficking", 1),
            ("trafifcking", "trafficking", 1),
            ("recruitment", "recruitmnet", 1),
            ("kitten", "sitting", 3),
            ("flaw", "lawn", 2),
            ("ca", "abc", 3),
            ("", "abc", 3),
            ("abc", "", 3),
            ("exploitation", "explotiation", 1),
            ("exploitation", "explotiaton", 2),
            ("guðmundsdóttir", "gudmundsdóttir", 1),
            ("жуков", "жукво", 1),
        ];
        for (a, b, edits) in cases {
            assert_eq!(edit_distance(a, b, 5), Some(edits), "{a} → {b}");
            assert_eq!(edit_distance(b, a, 5), Some(edits), "{b} → {a}");
            assert_eq!(
                edit_distance(a, b, edits),
                Some(edits),
                "{a} → {b} within {edits}"
            );
        }
    }

    #[test]
    fn a_word_further_than_the_limit_gives_nothing() {
        assert_eq!(edit_distance("kitten", "sitting", 2), None);
        assert_eq!(edit_distance("traficking", "trafficking", 0), None);
        assert_eq!(edit_distance("victims", "victimisation", 2), None);
        assert_eq!(
            edit_distance("ca", "abc", 2),
            None,
            "a swap edits no letter twice"
        );
    }

    #[test]
    fn the_band_agrees_with_the_whole_table() {
        /// The whole table, unbounded: the definition the band must agree with.
        fn full(a: &[u8], b: &[u8]) -> usize {
            let mut d = vec![vec![0; b.len() + 1]; a.len() + 1];
            for (i, row) in d.iter_mut().enumerate() {
                row[0] = i;
            }
            d[0] = (0..=b.len()).collect();
            for i in 1..=a.len() {
                for j in 1..=b.len() {
                    let cost = usize::from(a[i - 1] != b[j - 1]);
                    d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                    }
                }
            }
            d[a.len()][b.len()]
        }
        let words = [
            "", "a", "ab", "ba", "abc", "acb", "bca", "abcd", "badc", "aabb", "abab", "dcba",
        ];
        for a in words {
            for b in words {
                let exact = full(a.as_bytes(), b.as_bytes());
                for limit in 0..5 {
                    let expected = (exact <= limit).then_some(exact);
                    assert_eq!(edit_distance(a, b, limit), expected, "{a} → {b} within {limit}");
                }
            }
        }
    }

    #[test]
    fn letters_one_word_lacks_count_towards_its_edits() {
        let apart = |a: &str, b: &str| (letter_mask(a) & !letter_mask(b)).count_ones();
        assert_eq!(apart("trafficking", "trafficking"), 0);
        assert_eq!(
            apart("trafficking", "traficking"),
            0,
            "a letter less, but not a kind"
        );
        assert_eq!(apart("victims", "trafficking"), 3, "v, m and s");
        assert_eq!(
            apart("żona", "zona"),
            1,
            "ż shares one of the bits for other characters"
        );
        assert_eq!(letter_mask("ab9"), 0b11 | 1 << (26 + '9' as u32 % 6));
    }

    #[test]
    fn longer_words_allow_more_edits() {
        let words = [
            "vic",
            "vict",
            "victi",
            "victim",
            "victims",
            "trafficked",
            "þórunn",
            "жертва",
        ];
        assert_eq!(words.map(allowed_edits), [0, 0, 1, 1, 1, 2, 1, 1]);
    }
}
