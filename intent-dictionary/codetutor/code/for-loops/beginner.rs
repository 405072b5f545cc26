fn main() {
    let fruits = ["apple", "banana", "cherry"];

    // for walks over each item in turn.
    for fruit in fruits {
        println!("I like {fruit}");
    }

    // 1..=5 is the range 1, 2, 3, 4, 5 (1..5 would stop at 4).
    let mut total = 0;
    for n in 1..=5 {
        total += n;
    }
    println!("Sum of 1 to 5: {total}");

    // enumerate adds the position to each item.
    for (i, fruit) in fruits.iter().enumerate() {
        println!("{} {fruit}", i + 1);
    }
}
