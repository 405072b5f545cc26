// In Rust, shadowing is a tool: transform a value while keeping its name,
// and freeze it again after a mutable phase.

fn parse_scores(raw: &str) -> Result<Vec<u32>, std::num::ParseIntError> {
    let raw = raw.trim(); // &str -> trimmed &str, same name
    let mut scores = raw
        .split(',')
        .map(|s| s.trim().parse::<u32>())
        .collect::<Result<Vec<_>, _>>()?;
    scores.sort_unstable();
    let scores = scores; // shadow as immutable: no more changes allowed
    Ok(scores)
}

fn main() {
    match parse_scores(" 30, 10 ,20 ") {
        Ok(scores) => println!("{:?}", scores), // [10, 20, 30]
        Err(e) => println!("error: {e}"),
    }
    println!("{:?}", parse_scores("1,x").is_err()); // true

    // The trap: shadowing where you meant to update. The outer `best`
    // stays 0 because `let` inside the loop creates a new binding.
    let data = [4, 9, 2];
    let mut best = 0;
    for &d in &data {
        if d > best {
            best = d; // assignment, not `let best = d;`
        }
    }
    println!("{best}"); // 9

    // Shadowing inside a match arm or closure is scoped to that arm.
    let label = "outer";
    let described: Vec<String> = data
        .iter()
        .map(|label| format!("#{label}")) // closure parameter shadows `label`
        .collect();
    println!("{label} {:?}", described); // outer ["#4", "#9", "#2"]
}
