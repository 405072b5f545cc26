//! Dedup: a 128-bit blake3 key per example and the set of keys seen so far.
//!
//! The key covers a canonical form of the messages (role, then content, each
//! framed by separator bytes that cannot occur in UTF-8 text), so it does not
//! depend on the output format's escaping. 128 bits make an accidental
//! collision among even 10^9 examples about 10^-21 likely. The set holds only
//! keys: its memory is what bounds a long run.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use crate::render::ROLES;

/// The dedup key of one example: the first 16 bytes of a blake3 hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub [u8; 16]);

impl Key {
    /// The key of a system/user/assistant triple.
    pub fn of(messages: &[String; 3]) -> Key {
        let mut h = blake3::Hasher::new();
        for (role, content) in ROLES.iter().zip(messages) {
            h.update(role.as_bytes());
            h.update(&[0xff]);
            h.update(content.as_bytes());
            h.update(&[0xfe]);
        }
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

    fn msgs(a: &str, b: &str, c: &str) -> [String; 3] {
        [a.into(), b.into(), c.into()]
    }

    #[test]
    fn key_separates_message_boundaries() {
        assert_ne!(
            Key::of(&msgs("ab", "c", "d")),
            Key::of(&msgs("a", "bc", "d"))
        );
        assert_eq!(Key::of(&msgs("a", "b", "c")), Key::of(&msgs("a", "b", "c")));
    }

    #[test]
    fn first_insert_wins() {
        let mut d = Dedup::default();
        let k = Key::of(&msgs("s", "u", "a"));
        assert!(d.insert(k));
        assert!(!d.insert(k));
        assert_eq!(d.len(), 1);
    }
}
