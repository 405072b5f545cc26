fn main() {
    // Reserve once when the final size is known: no reallocations in the loop.
    let mut readings: Vec<u32> = Vec::with_capacity(1_000);
    let start_ptr = readings.as_ptr();
    for i in 0..1_000 {
        readings.push(i % 7);
    }
    println!("len {} cap>=len {} same buffer {}", readings.len(),
             readings.capacity() >= readings.len(), start_ptr == readings.as_ptr());

    // retain compacts in one O(n) pass.
    readings.retain(|&r| r != 0);
    println!("after retain: {}", readings.len());

    // Without reserving, growth is geometric: count the reallocations.
    let mut v: Vec<u64> = Vec::new();
    let mut reallocs = 0;
    let mut cap = v.capacity();
    for i in 0..10_000 {
        v.push(i);
        if v.capacity() != cap {
            reallocs += 1;
            cap = v.capacity();
        }
    }
    println!("10000 pushes, {} reallocations", reallocs);

    // drain removes a range and hands the items over by value.
    let first_three: Vec<u64> = v.drain(..3).collect();
    println!("drained {:?}, now starts at {}", first_three, v[0]);

    v.truncate(5);
    v.shrink_to_fit(); // give unused capacity back to the allocator
    println!("{:?} cap {}", v, v.capacity());
}
