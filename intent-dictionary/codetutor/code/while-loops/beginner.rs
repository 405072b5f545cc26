fn main() {
    // Count down while the number is still above zero.
    let mut count = 5;
    while count > 0 {
        println!("{count}");
        count -= 1; // without this line the loop would never end
    }
    println!("Lift off!");

    // Keep doubling until we pass 100: we don't know the number of steps in advance.
    let mut value = 1;
    let mut steps = 0;
    while value < 100 {
        value *= 2;
        steps += 1;
    }
    println!("{steps} doublings reach {value}");
}
