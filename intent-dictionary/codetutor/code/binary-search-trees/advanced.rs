use std::cmp::Ordering;
use std::collections::BTreeMap;

type Link<K> = Option<Box<Node<K>>>;

struct Node<K> {
    key: K,
    left: Link<K>,
    right: Link<K>,
}

/// A generic BST set. Insertion walks a mutable link iteratively.
struct BstSet<K: Ord> {
    root: Link<K>,
}

impl<K: Ord> BstSet<K> {
    fn insert(&mut self, key: K) -> bool {
        let mut link = &mut self.root;
        while let Some(node) = link {
            link = match key.cmp(&node.key) {
                Ordering::Less => &mut node.left,
                Ordering::Greater => &mut node.right,
                Ordering::Equal => return false,
            };
        }
        *link = Some(Box::new(Node { key, left: None, right: None }));
        true
    }

    fn contains(&self, key: &K) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            cur = match key.cmp(&node.key) {
                Ordering::Less => &node.left,
                Ordering::Greater => &node.right,
                Ordering::Equal => return true,
            };
        }
        false
    }

    fn height(link: &Link<K>) -> usize {
        link.as_ref().map_or(0, |n| 1 + Self::height(&n.left).max(Self::height(&n.right)))
    }
}

fn main() {
    let mut set = BstSet { root: None };
    for w in ["m", "c", "x", "a", "e"] {
        set.insert(w);
    }
    println!("insert 'c' again: {}", set.insert("c"));
    println!("contains e: {}, contains z: {}", set.contains(&"e"), set.contains(&"z"));
    println!("height: {}", BstSet::height(&set.root));

    // In real code, BTreeMap gives a balanced ordered map with range queries.
    let scores: BTreeMap<u32, &str> = [(72, "ana"), (88, "ben"), (95, "cleo")].into_iter().collect();
    println!("80 and up: {:?}", scores.range(80..).collect::<Vec<_>>());
}
