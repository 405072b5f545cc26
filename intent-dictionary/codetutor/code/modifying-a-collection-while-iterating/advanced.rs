use std::collections::BTreeMap;

fn main() {
    // 1. retain keeps order and runs in O(n).
    let mut readings = vec![5, -1, 7, -3, -3, 9];
    readings.retain(|&r| r >= 0);
    println!("{:?}", readings); // [5, 7, 9]

    // 2. Maps have retain too, with mutable access to the values.
    let mut stock: BTreeMap<&str, u32> =
        [("apple", 3), ("pear", 0), ("plum", 0), ("fig", 7)].into_iter().collect();
    stock.retain(|_, qty| {
        *qty *= 10; // update the survivors while we are here
        *qty > 0
    });
    println!("{:?}", stock); // {"apple": 30, "fig": 70}

    // 3. Adding while iterating: compute from a shared borrow first,
    //    then take the mutable borrow. The compiler enforces the order.
    let mut names = vec![String::from("a"), String::from("b")];
    let extra: Vec<String> = names.iter().map(|n| format!("{n}!")).collect();
    names.extend(extra);
    println!("{:?}", names); // ["a", "b", "a!", "b!"]

    // 4. Editing elements in place is fine: iter_mut lends each one.
    for n in names.iter_mut() {
        n.make_ascii_uppercase();
    }
    println!("{:?}", names); // ["A", "B", "A!", "B!"]
}
