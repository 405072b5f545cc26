/// A singly linked stack: each node owns the next, so no unsafe code is needed.
pub struct List<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

struct Node<T> {
    value: T,
    next: Option<Box<Node<T>>>,
}

impl<T> List<T> {
    pub fn new() -> Self { List { head: None, len: 0 } }

    pub fn push(&mut self, value: T) {
        let next = self.head.take(); // take() moves the old head out, leaving None
        self.head = Some(Box::new(Node { value, next }));
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<T> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.value
        })
    }

    pub fn reverse(&mut self) {
        let mut prev: Option<Box<Node<T>>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> {
        std::iter::successors(self.head.as_deref(), |n| n.next.as_deref()).map(|n| &n.value)
    }
}

fn main() {
    let mut list = List::new();
    for word in ["c", "b", "a"] {
        list.push(word);
    }
    println!("{:?} len {}", list.iter().collect::<Vec<_>>(), list.len);
    list.reverse();
    println!("reversed {:?}", list.iter().collect::<Vec<_>>());
    println!("pop {:?}, pop {:?}", list.pop(), list.pop());
}
