enum Command {
    Move { dx: i32, dy: i32 },
    Say(String),
    Quit,
}

fn parse(line: &str) -> Option<Command> {
    let parts: Vec<&str> = line.split_whitespace().collect();
    // Slice patterns with a guard; `_` catches everything else.
    match parts.as_slice() {
        ["quit"] => Some(Command::Quit),
        ["say", rest @ ..] if !rest.is_empty() => Some(Command::Say(rest.join(" "))),
        ["move", dx, dy] => Some(Command::Move { dx: dx.parse().ok()?, dy: dy.parse().ok()? }),
        _ => None,
    }
}

fn main() {
    let mut pos = (0, 0);
    for line in ["move 3 -1", "say hello there", "jump", "move x 2", "say", "quit", "move 1 1"] {
        // match must handle every variant, or the program does not compile.
        match parse(line) {
            Some(Command::Move { dx, dy }) => {
                pos = (pos.0 + dx, pos.1 + dy);
                println!("moved to {pos:?}");
            }
            Some(Command::Say(text)) => println!("says {text:?}"),
            Some(Command::Quit) => {
                println!("bye");
                break;
            }
            None => println!("unknown command {line:?}"),
        }
    }

    let zone = match pos {
        (0, 0) => "origin",
        (x, _) if x < 0 => "west",
        (_, y) if y < 0 => "south",
        _ => "north-east",
    };
    println!("ended {zone} at {pos:?}");
}
