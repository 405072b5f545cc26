struct User {
    name: &'static str,
    email: Option<&'static str>,
    roles: Vec<&'static str>,
    banned: bool,
}

fn can_publish(user: Option<&User>) -> bool {
    // is_some_and short-circuits: the closure only runs for Some(user).
    user.is_some_and(|u| {
        !u.banned
            && u.email.is_some_and(|e| e.contains('@'))
            && u.roles.iter().any(|r| matches!(*r, "editor" | "admin"))
    })
}

fn main() {
    let users = vec![
        User { name: "ada", email: Some("ada@example.com"), roles: vec!["editor"], banned: false },
        User { name: "bob", email: None, roles: vec!["admin"], banned: true },
        User { name: "cy", email: Some("cy@example.com"), roles: vec![], banned: false },
    ];
    for u in &users {
        println!("{} {}", u.name, can_publish(Some(u)));
    }
    println!("anonymous {}", can_publish(None));

    // all and any stop at the first decisive element.
    println!("all have email: {}", users.iter().all(|u| u.email.is_some()));
    println!("any banned: {}", users.iter().any(|u| u.banned));

    // De Morgan's laws hold for every combination.
    for a in [false, true] {
        for b in [false, true] {
            assert_eq!(!(a && b), !a || !b);
            assert_eq!(!(a || b), !a && !b);
        }
    }
    println!("De Morgan verified");
}
