struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

// `move` hands ownership of count to the closure, so it outlives make_counter.
fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn main() {
    let _outer = Guard("outer");
    {
        let _inner = Guard("inner");
        println!("inside the block");
    } // _inner is dropped right here
    println!("after the block");

    let mut a = make_counter();
    let mut b = make_counter();
    println!("{} {} {}", a(), a(), b());

    // Shadowing can also change the type of a name.
    let input = "42";
    let input: i32 = input.parse().expect("a number");
    println!("parsed {}", input + 1);

    // A borrow lasts only until its last use, so the push afterwards is allowed.
    let mut names = vec!["ada"];
    let first = &names[0];
    println!("first = {first}");
    names.push("grace");
    println!("{names:?}");
} // _outer is dropped at the end of main
