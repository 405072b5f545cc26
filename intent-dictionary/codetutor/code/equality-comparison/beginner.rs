// == needs the PartialEq trait; derive it to compare field by field.
#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 2 };
    println!("{}", a == b); // true: same field values

    // Strings compare by content, String against &str included.
    let typed = String::from("admin");
    println!("{}", typed == "admin"); // true

    // Comparing different types is a compile error, not a silent false:
    // let n: i32 = 42; n == "42"  -> error[E0277]
    let n: i32 = "42".parse().expect("not a number");
    println!("{}", n == 42); // true
}
