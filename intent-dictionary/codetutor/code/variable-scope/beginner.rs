fn welcome(name: &str) -> String {
    let message = format!("Hello, {name}!"); // local to welcome
    message
}

fn main() {
    println!("{}", welcome("Ada"));
    // println!("{message}"); // compile error: cannot find value `message`

    let level = 1;
    {
        let inside = "only inside this block"; // block scope
        let level = level + 10; // shadows the outer level inside this block
        println!("{inside}, level {level}");
    }
    println!("outer level is still {level}");
    // println!("{inside}"); // compile error here too
}
