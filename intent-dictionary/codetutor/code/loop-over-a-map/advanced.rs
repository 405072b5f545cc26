use std::collections::{BTreeMap, HashMap};

/// Invert person -> team into team -> sorted people (teams sorted too).
fn group_by_team<'a>(assignments: &HashMap<&'a str, &'a str>) -> BTreeMap<&'a str, Vec<&'a str>> {
    let mut teams: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (&person, &team) in assignments {
        teams.entry(team).or_default().push(person);
    }
    for people in teams.values_mut() {
        people.sort_unstable();
    }
    teams
}

fn main() {
    let assignments: HashMap<_, _> =
        [("ana", "web"), ("bo", "data"), ("cy", "web"), ("di", "ops"), ("ed", "data")]
            .into_iter()
            .collect();
    for (team, people) in group_by_team(&assignments) {
        println!("{team:<5} {}", people.join(", "));
    }

    let mut scores: BTreeMap<&str, i32> =
        [("ana", 7), ("bo", 0), ("cy", 3), ("di", 0)].into_iter().collect();
    // The borrow checker forbids removing inside a `for` over the map;
    // retain() is the built-in way to filter in place.
    scores.retain(|_, score| *score != 0);
    println!("{scores:?}");

    // max_by_key returns the last maximum on ties; None for an empty map
    match scores.iter().max_by_key(|(_, &score)| score) {
        Some((name, score)) => println!("top scorer: {name} ({score})"),
        None => println!("no scores"),
    }
}
