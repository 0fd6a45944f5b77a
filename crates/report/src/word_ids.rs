//! Words numbered in the order first met: a small open-addressing hash table (less wasm than the standard map's).

/// A multiply-and-rotate hash over eight bytes at a time (as rustc's FxHash): quick for short
/// words, and the same everywhere (no random seed).
fn hash(word: &str) -> usize {
    let mut hash: u64 = 0;
    for chunk in word.as_bytes().chunks(8) {
        let mut bytes = [0; 8];
        bytes[..chunk.len()].copy_from_slice(chunk);
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(bytes)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    (hash >> 32) as usize
}

/// The slot of `word` among `slots` (see [`WordIds::slots`]), or the free slot where it would go.
fn slot(slots: &[u32], words: &[Box<str>], word: &str) -> usize {
    let mask = slots.len() - 1;
    let mut at = hash(word) & mask;
    while let Some(id) = slots[at].checked_sub(1) {
        if *words[id as usize] == *word {
            break;
        }
        at = (at + 1) & mask;
    }
    at
}

/// Distinct words, each with an id: 0 for the first added, 1 for the next, and so on.
#[derive(Default)]
pub(crate) struct WordIds {
    /// The words, by id.
    words: Vec<Box<str>>,
    /// For each slot, the id of the word hashed there plus one, or 0 when it is free: a power of
    /// two of them, at most half taken, each word in the first free slot from its hash on.
    slots: Vec<u32>,
}

impl WordIds {
    /// How many words there are.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The word with id `id`.
    pub fn word(&self, id: u32) -> &str {
        &self.words[id as usize]
    }

    /// Every word, by id.
    pub fn words(&self) -> &[Box<str>] {
        &self.words
    }

    /// The id of `word`, if it has one.
    pub fn id(&self, word: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        self.slots[slot(&self.slots, &self.words, word)].checked_sub(1)
    }

    /// The id of `word`, given it now if it has none.
    pub fn add(&mut self, word: &str) -> u32 {
        if 2 * (self.words.len() + 1) > self.slots.len() {
            let mut slots = vec![0; (2 * self.slots.len()).max(16)];
            for (id, word) in self.words.iter().enumerate() {
                let at = slot(&slots, &self.words, word);
                slots[at] = u32::try_from(id + 1).unwrap_or(u32::MAX);
            }
            self.slots = slots;
        }
        let at = slot(&self.slots, &self.words, word);
        if let Some(id) = self.slots[at].checked_sub(1) {
            return id;
        }
        self.words.push(word.into());
        let id = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
        self.slots[at] = id;
        id - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_word_keeps_the_id_it_was_first_given() {
        let mut ids = WordIds::default();
        assert_eq!(ids.id("tide"), None);
        let words: Vec<String> = (0..1000).map(|n| format!("w{n}")).collect();
        for (n, word) in words.iter().enumerate() {
            assert_eq!(ids.add(word) as usize, n);
            assert_eq!(ids.add(word) as usize, n, "added again");
        }
        assert_eq!(ids.len(), 1000);
        for (n, word) in words.iter().enumerate() {
            assert_eq!(ids.id(word), Some(n as u32));
            assert_eq!(ids.word(n as u32), word);
        }
        assert_eq!(ids.id("tide"), None);
        assert_eq!(ids.id(""), None);
        assert_eq!(ids.add(""), 1000);
        assert_eq!(ids.words().len(), 1001);
    }
}
