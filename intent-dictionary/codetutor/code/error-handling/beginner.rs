fn divide(a: i32, b: i32) -> Result<i32, String> {
    if b == 0 {
        return Err(String::from("cannot divide by zero"));
    }
    Ok(a / b)
}

fn main() {
    // parse returns a Result: Ok(value) or Err(error).
    let n: i32 = match "abc".parse() {
        Ok(value) => value,
        Err(e) => {
            println!("warning: {e} - using 0");
            0
        }
    };
    println!("{n}");

    match divide(10, 0) {
        Ok(result) => println!("{result}"),
        Err(message) => println!("error: {message}"),
    }
}
