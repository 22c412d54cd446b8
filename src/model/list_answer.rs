//! The answer to a "tick any that apply" question, with its three meanings kept apart:
//! not answered (unknown to the model), "none of these", or the ticked items.

use crate::model::sorted::SortedSet;

use serde::{Deserialize, Serialize};

/// Stored as `null`, `[]` or the ticked items, as every saved check always was.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(
    from = "Option<SortedSet<T>>",
    into = "Option<SortedSet<T>>",
    bound(
        serialize = "T: Serialize + Ord + Clone",
        deserialize = "T: Deserialize<'de> + Ord"
    )
)]
pub enum ListAnswer<T: Ord> {
    #[default]
    Unanswered,
    NoneOfThese,
    /// Never empty: an empty choice is `NoneOfThese`.
    Chosen(SortedSet<T>),
}

impl<T: Ord + Copy> ListAnswer<T> {
    /// The answer these ticked items give; none ticked is "none of these".
    pub fn of(items: SortedSet<T>) -> Self {
        if items.is_empty() {
            ListAnswer::NoneOfThese
        } else {
            ListAnswer::Chosen(items)
        }
    }

    pub fn is_answered(&self) -> bool {
        !matches!(self, ListAnswer::Unanswered)
    }

    pub fn contains(&self, item: &T) -> bool {
        matches!(self, ListAnswer::Chosen(items) if items.contains(item))
    }

    /// Whether anything is ticked.
    pub fn any(&self) -> bool {
        matches!(self, ListAnswer::Chosen(_))
    }

    /// The ticked items, empty for "none of these"; `None` when not answered.
    pub fn answered_items(&self) -> Option<SortedSet<T>> {
        match self {
            ListAnswer::Unanswered => None,
            ListAnswer::NoneOfThese => Some(SortedSet::new()),
            ListAnswer::Chosen(items) => Some(items.clone()),
        }
    }

    /// The ticked items, in order; none when not answered or "none of these".
    pub fn items(&self) -> Vec<T> {
        match self {
            ListAnswer::Chosen(items) => items.iter().copied().collect(),
            _ => Vec::new(),
        }
    }

    /// The answer with `item` ticked or unticked; unticking the last one leaves the
    /// question unanswered, as a runner who clears every box expects.
    pub fn with(&self, item: T, ticked: bool) -> Self {
        let mut items = match self {
            ListAnswer::Chosen(items) => items.clone(),
            _ => SortedSet::new(),
        };
        if ticked {
            items.insert(item);
        } else {
            items.remove(&item);
        }
        if items.is_empty() {
            ListAnswer::Unanswered
        } else {
            ListAnswer::Chosen(items)
        }
    }

    /// The answer with `item` taken out, keeping "answered" answered (a what-if that
    /// removes the last form fault leaves "none of these", not unknown).
    pub fn without(&self, item: &T) -> Self {
        match self {
            ListAnswer::Chosen(items) => {
                let mut items = items.clone();
                items.remove(item);
                ListAnswer::of(items)
            }
            other => other.clone(),
        }
    }
}

impl<T: Ord> From<Option<SortedSet<T>>> for ListAnswer<T> {
    fn from(stored: Option<SortedSet<T>>) -> Self {
        match stored {
            None => ListAnswer::Unanswered,
            Some(items) if items.is_empty() => ListAnswer::NoneOfThese,
            Some(items) => ListAnswer::Chosen(items),
        }
    }
}

impl<T: Ord> From<ListAnswer<T>> for Option<SortedSet<T>> {
    fn from(answer: ListAnswer<T>) -> Self {
        match answer {
            ListAnswer::Unanswered => None,
            ListAnswer::NoneOfThese => Some(SortedSet::new()),
            ListAnswer::Chosen(items) => Some(items),
        }
    }
}

impl<T: Ord + Copy> FromIterator<T> for ListAnswer<T> {
    /// Inserts one by one: collecting into a set would compile a sort per item type.
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = SortedSet::new();
        for item in items {
            set.insert(item);
        }
        ListAnswer::of(set)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_meanings_are_stored_as_before() {
        let unanswered: ListAnswer<u8> = serde_json::from_str("null").unwrap();
        let none: ListAnswer<u8> = serde_json::from_str("[]").unwrap();
        let chosen: ListAnswer<u8> = serde_json::from_str("[2,1]").unwrap();
        assert_eq!(unanswered, ListAnswer::Unanswered);
        assert_eq!(none, ListAnswer::NoneOfThese);
        assert!(chosen.contains(&1) && chosen.contains(&2));
        assert_eq!(serde_json::to_string(&chosen).unwrap(), "[1,2]");
        assert_eq!(serde_json::to_string(&none).unwrap(), "[]");
        assert_eq!(serde_json::to_string(&unanswered).unwrap(), "null");
    }

    #[test]
    fn ticking_and_unticking() {
        let answer = ListAnswer::Unanswered.with(3u8, true);
        assert_eq!(answer.items(), [3]);
        assert_eq!(answer.with(3, false), ListAnswer::Unanswered);
        assert_eq!(answer.without(&3), ListAnswer::NoneOfThese);
        assert_eq!(
            ListAnswer::<u8>::Unanswered.without(&3),
            ListAnswer::Unanswered
        );
    }
}
