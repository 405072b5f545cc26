use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Level { Debug, Info, Error }

// Parts: a formatter is any function, a sink is any type implementing Sink.
type Formatter = fn(Level, &str) -> String;
trait Sink { fn write(&self, line: &str); }

struct Console;
impl Sink for Console { fn write(&self, line: &str) { println!("{line}") } }

#[derive(Default)]
struct Memory { lines: RefCell<Vec<String>> }
impl Sink for Memory { fn write(&self, line: &str) { self.lines.borrow_mut().push(line.into()) } }

fn plain(level: Level, msg: &str) -> String { format!("[{level:?}] {msg}") }
fn json(level: Level, msg: &str) -> String { format!("{{\"level\":\"{level:?}\",\"message\":{msg:?}}}") }

// Assembled from parts: 2 formats x 2 sinks needs no 4 separate types.
#[derive(Clone)]
struct Logger {
    format: Formatter,
    sinks: Vec<Rc<dyn Sink>>, // shared ownership: the caller can still inspect a sink
    min_level: Level,
}

impl Logger {
    fn log(&self, level: Level, msg: &str) {
        if level < self.min_level {
            return;
        }
        let line = (self.format)(level, msg);
        self.sinks.iter().for_each(|sink| sink.write(&line)); // delegate the writing
    }
}

fn main() {
    let memory = Rc::new(Memory::default());
    let logger = Logger { format: plain, sinks: vec![Rc::new(Console), memory.clone()], min_level: Level::Info };
    logger.log(Level::Info, "server started");
    logger.log(Level::Debug, "filtered out");
    let json_logger = Logger { format: json, ..logger.clone() }; // swap one part
    json_logger.log(Level::Error, "disk full");
    println!("captured: {:?}", memory.lines.borrow());
}
