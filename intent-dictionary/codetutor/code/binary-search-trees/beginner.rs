// Smaller keys go left, larger keys go right; each child is optional.
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(node: &mut Option<Box<Node>>, key: i32) {
    match node {
        None => *node = Some(Box::new(Node { key, left: None, right: None })),
        Some(n) if key < n.key => insert(&mut n.left, key),
        Some(n) if key > n.key => insert(&mut n.right, key),
        Some(_) => {} // equal keys are ignored
    }
}

fn contains(node: &Option<Box<Node>>, key: i32) -> bool {
    match node {
        None => false,
        Some(n) if key == n.key => true,
        Some(n) => contains(if key < n.key { &n.left } else { &n.right }, key),
    }
}

fn main() {
    let mut root = None;
    for key in [50, 30, 70, 20, 40, 60] {
        insert(&mut root, key);
    }
    println!("has 40? {}, has 45? {}", contains(&root, 40), contains(&root, 45));
}
