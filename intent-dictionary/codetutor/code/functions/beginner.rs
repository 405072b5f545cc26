// Parameters and the return type are written explicitly.
fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}

fn area(width: u32, height: u32) -> u32 {
    width * height // no semicolon: this expression is the return value
}

fn main() {
    // Define once, call as often as you like.
    println!("{}", greet("Ada"));
    println!("{}", greet("Grace"));

    let room = area(3, 4); // the returned value can be stored and reused
    println!("Room area: {room}");
    println!("Both rooms: {}", room + area(5, 5));
}
