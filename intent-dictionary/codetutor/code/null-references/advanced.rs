use std::collections::HashMap;

struct User {
    name: String,
    manager: Option<u32>, // None = top of the tree
}

fn manager_name(users: &HashMap<u32, User>, id: u32) -> Option<&str> {
    // `?` returns None early if any step is missing.
    let user = users.get(&id)?;
    let manager = users.get(&user.manager?)?;
    Some(&manager.name)
}

fn parse_port(text: &str) -> Result<u16, String> {
    // ok_or turns "missing" into an error that explains itself.
    let value = text.strip_prefix("port=").ok_or(format!("no port in {text:?}"))?;
    value.parse().map_err(|e| format!("bad port {value:?}: {e}"))
}

fn main() {
    let mut users = HashMap::new();
    users.insert(1, User { name: "Grace".into(), manager: None });
    users.insert(2, User { name: "Linus".into(), manager: Some(1) });

    for id in [2, 1, 9] {
        let name = manager_name(&users, id).unwrap_or("(none)");
        println!("{id} -> {name}"); // 2 -> Grace, 1 -> (none), 9 -> (none)
    }

    println!("{:?}", parse_port("port=8080")); // Ok(8080)
    println!("{:?}", parse_port("host=x"));    // Err("no port in \"host=x\"")

    // if let handles just the present case.
    if let Some(u) = users.get(&2) {
        println!("found {}", u.name);
    }
}
