use std::collections::HashMap;

#[derive(Debug, PartialEq)]
struct Order {
    id: u32,
    customer: &'static str,
    total: f64,
}

fn main() {
    let orders = vec![
        Order {
            id: 1,
            customer: "ana",
            total: 20.0,
        },
        Order {
            id: 2,
            customer: "bo",
            total: 310.5,
        },
        Order {
            id: 3,
            customer: "ana",
            total: 99.9,
        },
    ];

    // Iterator adaptors are linear searches that stop at the first hit.
    let pos = orders.iter().position(|o| o.total > 100.0);
    println!("{:?}", pos); // Some(1)

    match orders.iter().find(|o| o.customer == "zed") {
        Some(o) => println!("found {:?}", o),
        None => println!("no order for zed"),
    }

    // Lazy and unbounded: the scan ends as soon as the predicate holds.
    let first = (1u64..).find(|n| n * n > 500);
    println!("{:?}", first); // Some(23)

    // Many lookups: build a HashMap once (O(n)), then O(1) per query.
    let by_id: HashMap<u32, &Order> = orders.iter().map(|o| (o.id, o)).collect();
    for id in [3, 7] {
        match by_id.get(&id) {
            Some(o) => println!("{} -> {}", id, o.customer),
            None => println!("{} -> missing", id),
        }
    }
}
