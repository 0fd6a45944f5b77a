//! An insertion sort for the short lists the viewer orders in the browser (a search's matches in
//! one text, chosen filters, suggestions): a few dozen bytes of wasm where each use of the
//! standard library's sorts adds kilobytes. Stable; quadratic only on long, shuffled lists. And a
//! heapsort, as small, for lists whose length the reader does not bound.

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

/// A number as its own key: sorting numbers with this shares one copy of the heapsort.
pub(crate) fn itself(number: &u64) -> u64 {
    *number
}

/// Sorts `items` by `key` in O(n log n) whatever their order (a heapsort; not stable).
pub(crate) fn sort_by_key_unstable<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let sift_down = |items: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && key(&items[child]) < key(&items[child + 1]) {
            child += 1;
        }
        if key(&items[root]) >= key(&items[child]) {
            break;
        }
        items.swap(root, child);
        root = child;
    };
    for start in (0..items.len() / 2).rev() {
        sift_down(items, start, items.len());
    }
    for end in (1..items.len()).rev() {
        items.swap(0, end);
        sift_down(items, 0, end);
    }
}

#[cfg(test)]
mod tests {
    use super::{sort_by_key_unstable, sort_small_by_key};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort_does(mut items in proptest::collection::vec((0u8..8, any::<u16>()), 0..60)) {
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            sort_small_by_key(&mut items, |item| item.0);
            prop_assert_eq!(items, expected);
        }

        #[test]
        fn the_heapsort_orders_as_the_standard_sort_does(mut items in proptest::collection::vec(any::<u16>(), 0..300)) {
            let mut expected = items.clone();
            expected.sort_unstable();
            sort_by_key_unstable(&mut items, |&item| item);
            prop_assert_eq!(items, expected);
        }
    }
}
