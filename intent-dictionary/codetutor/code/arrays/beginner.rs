fn main() {
    // A Rust array has its length in its type: [i32; 5].
    let mut temperatures: [i32; 5] = [18, 21, 19, 24, 22];

    println!("first: {}", temperatures[0]);
    println!("last: {}", temperatures[temperatures.len() - 1]);

    temperatures[2] = 20; // replace one element in place
    for (day, temp) in temperatures.iter().enumerate() {
        println!("day {}: {} C", day, temp);
    }
}
