use std::collections::VecDeque;

fn main() {
    // A VecDeque is a queue: push at the back, pop from the front.
    let mut line: VecDeque<&str> = VecDeque::new();
    line.push_back("ana");
    line.push_back("ben");
    line.push_back("cleo");

    println!("next up: {:?}", line.front()); // peek returns an Option
    while let Some(customer) = line.pop_front() {
        println!("serving {}", customer);
    }
}
