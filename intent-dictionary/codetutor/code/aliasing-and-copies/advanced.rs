use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Debug)]
struct Team {
    name: String,
    members: Vec<String>, // derive(Clone) clones this too: a deep copy
}

fn main() {
    let a = Team { name: "red".into(), members: vec!["ann".into()] };
    let mut b = a.clone();
    b.members[0] = "bob".into();
    b.name.push_str("-2");
    println!("{:?}", a); // Team { name: "red", members: ["ann"] }

    // Shared ownership is opt-in and visible in the type: Rc<RefCell<_>>.
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let alias = Rc::clone(&shared); // clones the POINTER, not the Vec
    alias.borrow_mut().push(3);
    println!("{:?} count={}", shared.borrow(), Rc::strong_count(&shared)); // [1, 2, 3] count=2

    // The borrow checker rules out "mutate while someone else reads":
    let mut v = vec![1, 2, 3];
    let first = v[0]; // copies the i32 out, so no borrow is held
    v.push(first);
    println!("{:?}", v); // [1, 2, 3, 1]

    // Copy types (integers, bools, small structs deriving Copy) are
    // duplicated implicitly on assignment.
    #[derive(Clone, Copy, Debug)]
    struct Point {
        x: i32,
    }
    let p = Point { x: 1 };
    let mut q = p;
    q.x = 99;
    println!("{:?} {:?}", p, q); // Point { x: 1 } Point { x: 99 }
}
