use std::collections::BTreeMap;

fn main() {
    // BTreeMap keeps keys sorted; HashMap's order would vary between runs
    let mut stock = BTreeMap::new();
    stock.insert("apple", 12);
    stock.insert("banana", 0);
    stock.insert("cherry", 30);

    // Borrow the map with & so we can still use it after the loop
    for (fruit, units) in &stock {
        println!("{fruit}: {units} units");
    }

    let total: i32 = stock.values().sum(); // only the values
    println!("total units: {total}");
}
