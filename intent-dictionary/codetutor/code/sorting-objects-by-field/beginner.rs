struct Student {
    name: String,
    grade: u32,
}

fn main() {
    let mut students = vec![
        Student { name: "Maya".to_string(), grade: 88 },
        Student { name: "Leo".to_string(), grade: 95 },
        Student { name: "Ivy".to_string(), grade: 72 },
    ];

    // Compare b with a to put the highest grade first; sorts in place
    students.sort_by(|a, b| b.grade.cmp(&a.grade));

    for s in &students {
        println!("{} {}", s.name, s.grade);
    }
}
