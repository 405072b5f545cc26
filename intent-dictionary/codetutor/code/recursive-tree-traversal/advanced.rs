use std::cmp::Ordering;

type Tree<K> = Option<Box<Node<K>>>;

struct Node<K> {
    key: K,
    left: Tree<K>,
    right: Tree<K>,
}

/// Inserts through a mutable reference to the link; duplicates are ignored.
fn insert<K: Ord>(link: &mut Tree<K>, key: K) {
    match link {
        None => *link = Some(Box::new(Node { key, left: None, right: None })),
        Some(n) => match key.cmp(&n.key) {
            Ordering::Less => insert(&mut n.left, key),
            Ordering::Greater => insert(&mut n.right, key),
            Ordering::Equal => {}
        },
    }
}

/// In-order walk that hands each key to a closure; borrows, never copies keys.
fn in_order<'a, K>(link: &'a Tree<K>, visit: &mut impl FnMut(&'a K)) {
    if let Some(n) = link {
        in_order(&n.left, visit);
        visit(&n.key);
        in_order(&n.right, visit);
    }
}

/// Keys in [lo, hi], skipping subtrees that cannot contain any.
fn in_range<'a, K: Ord>(link: &'a Tree<K>, lo: &K, hi: &K, out: &mut Vec<&'a K>) {
    if let Some(n) = link {
        if *lo < n.key { in_range(&n.left, lo, hi, out); }
        if *lo <= n.key && n.key <= *hi { out.push(&n.key); }
        if n.key < *hi { in_range(&n.right, lo, hi, out); }
    }
}

fn height<K>(link: &Tree<K>) -> usize {
    link.as_ref().map_or(0, |n| 1 + height(&n.left).max(height(&n.right)))
}

fn main() {
    let mut root: Tree<&str> = None;
    for w in ["mango", "fig", "pear", "apple", "kiwi", "plum", "fig"] {
        insert(&mut root, w);
    }
    let mut sorted = Vec::new();
    in_order(&root, &mut |k| sorted.push(*k));
    let mut range = Vec::new();
    in_range(&root, &"g", &"p", &mut range);
    println!("sorted: {sorted:?}\nfrom g to p: {range:?}\nheight: {}", height(&root));
}
