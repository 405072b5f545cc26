//! Dedup: a 128-bit blake3 key per example and the set of keys seen so far.
//!
//! The key covers a canonical form of the messages: the assistant and user
//! contents, each followed by a byte that cannot occur in UTF-8 text, then
//! the blake3 of the system message (computed once per pattern, since
//! thousands of examples share it). It does not depend on the output format's escaping,
//! and finding two examples with the same key is as hard as finding a blake3
//! collision in one of the three messages. 128 bits make an accidental
//! collision among even 10^9 examples about 10^-21 likely. The set holds only
//! keys: its memory is what bounds a long run.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use crate::render::Example;

/// The dedup key of one example: the first 16 bytes of a blake3 hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub [u8; 16]);

impl Key {
    /// The key of an example.
    pub fn of(example: &Example) -> Key {
        Key::of_parts(&example.system.hash, &example.user, &example.assistant)
    }

    /// The key of a system message's blake3, a user and an assistant message.
    pub fn of_parts(system_hash: &[u8; 32], user: &str, assistant: &str) -> Key {
        // The long assistant message goes first, so it starts on a chunk
        // boundary and blake3 hashes its whole chunks with SIMD.
        let mut h = blake3::Hasher::new();
        h.update(assistant.as_bytes());
        h.update(&[0xff]);
        h.update(user.as_bytes());
        h.update(&[0xff]);
        h.update(system_hash);
        let mut key = [0; 16];
        key.copy_from_slice(&h.finalize().as_bytes()[..16]);
        Key(key)
    }
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Already uniformly random: hand the table 8 of its bytes as is.
        state.write_u64(u64::from_le_bytes(
            self.0[..8]
                .try_into()
                .expect("16-byte key has 8 leading bytes"),
        ));
    }
}

/// A hasher that passes a `Key`'s pre-mixed u64 through.
#[derive(Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The keys of every example accepted so far.
#[derive(Default)]
pub struct Dedup {
    seen: HashSet<Key, BuildHasherDefault<PassThrough>>,
}

impl Dedup {
    /// A set with room for `n` keys without rehashing.
    pub fn with_capacity(n: u64) -> Dedup {
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        Dedup {
            seen: HashSet::with_capacity_and_hasher(n, BuildHasherDefault::default()),
        }
    }

    /// Records `key`; true when it was new (the example is kept).
    pub fn insert(&mut self, key: Key) -> bool {
        self.seen.insert(key)
    }

    /// Distinct keys held.
    pub fn len(&self) -> usize {
        self.seen.len()
    }

    /// Whether no key is held.
    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_separates_message_boundaries() {
        let s = *blake3::hash(b"system").as_bytes();
        assert_ne!(Key::of_parts(&s, "ab", "c"), Key::of_parts(&s, "a", "bc"));
        let other = *blake3::hash(b"other").as_bytes();
        assert_ne!(Key::of_parts(&s, "a", "b"), Key::of_parts(&other, "a", "b"));
        assert_eq!(Key::of_parts(&s, "a", "b"), Key::of_parts(&s, "a", "b"));
    }

    #[test]
    fn first_insert_wins() {
        let mut d = Dedup::default();
        let k = Key::of_parts(&[0; 32], "u", "a");
        assert!(d.insert(k));
        assert!(!d.insert(k));
        assert_eq!(d.len(), 1);
    }
}
