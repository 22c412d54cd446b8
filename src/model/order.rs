//! One sort for every list the app orders: the standard sort compiles a copy of itself for
//! each element type and comparison (2 to 4 KB of the download apiece, ten copies once), so
//! everything sorts indices here through one comparison behind a reference. The lists are
//! short (a score's factors, a runner's saved checks), so a binary insertion sort, a few
//! hundred bytes, does where the standard sort's merging code took 6 KB.

use std::cmp::Ordering;

/// The indices `0..len` in the order `compare` gives; equal items keep their order.
fn sorted_indices(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(len);
    for index in 0..len {
        // After every equal item already placed, which keeps the sort stable.
        let at = order.partition_point(|placed| compare(*placed, index) != Ordering::Greater);
        order.insert(at, index);
    }
    order
}

/// The indices of `keys`, largest key first; equal keys keep their order.
pub fn largest_first(keys: &[f64]) -> Vec<usize> {
    sorted_indices(keys.len(), &|a, b| keys[b].total_cmp(&keys[a]))
}

/// `items` sorted by `compare`, stable, as `sort_by` would.
pub fn sorted_by<T>(items: Vec<T>, compare: impl Fn(&T, &T) -> Ordering) -> Vec<T> {
    let order = sorted_indices(items.len(), &|a, b| compare(&items[a], &items[b]));
    in_order(items, &order)
}

/// `items` rearranged as `order` says (indices from `largest_first`).
pub fn in_order<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|index| slots[*index].take())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn largest_first_and_stable() {
        let order = largest_first(&[1.0, 3.0, 1.0, 2.0]);
        assert_eq!(order, [1, 3, 0, 2]);
        assert_eq!(
            in_order(vec!['a', 'b', 'c', 'd'], &order),
            ['b', 'd', 'a', 'c']
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort(pairs in proptest::collection::vec((0u8..6, proptest::prelude::any::<u16>()), 0..200)) {
            let mut expected = pairs.clone();
            expected.sort_by_key(|pair| pair.0);
            proptest::prop_assert_eq!(sorted_by(pairs, |a, b| a.0.cmp(&b.0)), expected);
        }
    }

    #[test]
    fn sorted_by_is_a_stable_sort() {
        let pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
        let mut expected = pairs.clone();
        expected.sort_by_key(|pair| pair.0);
        assert_eq!(sorted_by(pairs, |a, b| a.0.cmp(&b.0)), expected);
    }
}
