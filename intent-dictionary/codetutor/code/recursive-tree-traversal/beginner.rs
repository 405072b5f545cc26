// Each child is an Option<Box<Node>>: None means "empty subtree".
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(node: Option<Box<Node>>, key: i32) -> Option<Box<Node>> {
    match node {
        None => Some(Box::new(Node { key, left: None, right: None })), // base case
        Some(mut n) => {
            if key < n.key {
                n.left = insert(n.left.take(), key);
            } else {
                n.right = insert(n.right.take(), key);
            }
            Some(n)
        }
    }
}

fn in_order(node: &Option<Box<Node>>) {
    if let Some(n) = node { // None is the base case: nothing to print
        in_order(&n.left); // all smaller keys first
        print!("{} ", n.key);
        in_order(&n.right); // then all larger keys
    }
}

fn main() {
    let mut root = None;
    for key in [50, 30, 70, 20, 40, 60] {
        root = insert(root, key);
    }
    in_order(&root); // prints the keys in sorted order
    println!();
}
