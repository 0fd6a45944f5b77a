//! An insertion sort for the short lists the viewer orders in the browser (a search's matches in
//! one text, chosen filters, suggestions): a few dozen bytes of wasm where each use of the
//! standard library's sorts adds kilobytes. Stable; quadratic only on long, shuffled lists.

/// Sorts `items` by `key`, keeping the order of equal keys.
pub(crate) fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_small_by_key;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort_does(mut items in proptest::collection::vec((0u8..8, any::<u16>()), 0..60)) {
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            sort_small_by_key(&mut items, |item| item.0);
            prop_assert_eq!(items, expected);
        }
    }
}
