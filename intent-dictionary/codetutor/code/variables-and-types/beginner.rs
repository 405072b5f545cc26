fn main() {
    // let binds a name; the compiler infers the type unless you write it.
    let name = "Ada"; // &str
    let mut age: u32 = 36; // mut allows changing it later
    let height = 1.65; // f64
    let is_student = false; // bool

    println!("{name} is {age} years old and {height} m tall; student: {is_student}");

    age += 1;
    println!("Next year: {age}");

    // parse returns a Result because the text might not be a number.
    let parsed: i32 = "42".parse().unwrap();
    println!("{}", parsed + 8);
}
