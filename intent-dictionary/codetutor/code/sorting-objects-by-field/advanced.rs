use std::cmp::Reverse;

#[derive(Debug, Clone)]
struct Employee {
    name: String,
    dept: &'static str,
    salary: u32,
    rating: f64,
}

fn emp(name: &str, dept: &'static str, salary: u32, rating: f64) -> Employee {
    Employee { name: name.to_string(), dept, salary, rating }
}

fn names(list: &[Employee]) -> Vec<&str> {
    list.iter().map(|e| e.name.as_str()).collect()
}

fn main() {
    let staff = vec![
        emp("Noor", "eng", 120, 4.5), emp("Ada", "ops", 90, 4.9),
        emp("Ben", "eng", 120, 3.8), emp("Cal", "eng", 95, 4.1),
        emp("Dee", "ops", 105, 4.4),
    ];

    // A tuple key compares field by field; Reverse flips one field.
    // The key may not borrow from the element, so the name is cloned;
    // sort_by_cached_key builds each key once and, like sort_by_key, is stable.
    let mut ranked = staff.clone();
    ranked.sort_by_cached_key(|e| (e.dept, Reverse(e.salary), e.name.clone()));
    for e in &ranked {
        println!("{:<4} {:>4} {}", e.dept, e.salary, e.name);
    }

    // f64 is not Ord (NaN breaks ordering), so sort_by_key won't compile for it;
    // total_cmp gives a total order for floats.
    let mut by_rating = staff.clone();
    by_rating.sort_by(|a, b| b.rating.total_cmp(&a.rating));
    println!("by rating: {:?}", names(&by_rating));
    println!("original:  {:?}", names(&staff));
}
