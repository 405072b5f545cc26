use std::cell::RefCell;

trait Clock { fn hour(&self) -> u8; }
trait Sender { fn send(&self, to: &str, text: &str); }

struct FixedClock(u8);
impl Clock for FixedClock {
    fn hour(&self) -> u8 { self.0 }
}

struct ConsoleSender;
impl Sender for ConsoleSender {
    fn send(&self, to: &str, text: &str) { println!("-> {to}: {text}") }
}

#[derive(Default)]
struct RecordingSender { sent: RefCell<Vec<String>> } // a test double

impl Sender for RecordingSender {
    fn send(&self, to: &str, text: &str) { self.sent.borrow_mut().push(format!("{to}: {text}")) }
}

// Lets a borrowed sender be used too, so the test can inspect the recorder afterwards.
impl<S: Sender> Sender for &S {
    fn send(&self, to: &str, text: &str) { (**self).send(to, text) }
}

// Generic over the traits: static dispatch, no boxing, each combination compiled separately.
struct Greeter<C: Clock, S: Sender> {
    clock: C,
    sender: S,
}

impl<C: Clock, S: Sender> Greeter<C, S> {
    fn greet(&self, to: &str) {
        let part = if self.clock.hour() < 12 { "morning" } else { "evening" };
        self.sender.send(to, &format!("Good {part}, {to}!"));
    }
}

fn main() {
    Greeter { clock: FixedClock(9), sender: ConsoleSender }.greet("Ada");
    let recorder = RecordingSender::default();
    let greeter = Greeter { clock: FixedClock(20), sender: &recorder };
    greeter.greet("Linus");
    assert_eq!(*recorder.sent.borrow(), vec!["Linus: Good evening, Linus!".to_string()]);
    println!("recorded: {:?}", recorder.sent.borrow());
}
