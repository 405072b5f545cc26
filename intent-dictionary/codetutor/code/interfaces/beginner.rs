// A trait is Rust's interface: it names methods a type must provide.
trait Notifier {
    fn send(&self, message: &str) -> String;
}

struct Email;
struct Sms;

impl Notifier for Email {
    fn send(&self, message: &str) -> String { format!("email: {message}") }
}

impl Notifier for Sms {
    fn send(&self, message: &str) -> String {
        let short: String = message.chars().take(20).collect(); // SMS keeps it short
        format!("sms: {short}")
    }
}

fn main() {
    let notifiers: Vec<Box<dyn Notifier>> = vec![Box::new(Email), Box::new(Sms)];
    for n in &notifiers {
        println!("{}", n.send("Your parcel has been dispatched"));
    }
}
