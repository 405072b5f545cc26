fn main() {
    let age = 20;
    let has_ticket = true;
    let is_staff = false;

    // &&: both must be true; ||: at least one; !: flips the value.
    let can_enter = (age >= 18 && has_ticket) || is_staff;
    println!("Can enter: {can_enter}");

    println!("Is minor: {}", !(age >= 18));
    println!("{} {} {}", true && false, true || false, !true);

    // Comparisons produce booleans too.
    let is_teen = (13..=19).contains(&age);
    println!("Teenager: {is_teen}");
}
