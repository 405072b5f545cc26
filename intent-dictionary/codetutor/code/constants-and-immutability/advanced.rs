use std::rc::Rc;

const MAX_ITEMS: usize = 3;

// const fn can run at compile time to build other constants.
const fn kib(n: usize) -> usize {
    n * 1024
}
const BUFFER_SIZE: usize = kib(4);

#[derive(Debug, Clone)]
struct Cart {
    owner: String,
    items: Rc<[String]>, // immutable, cheaply shared between versions
}

impl Cart {
    fn with(&self, item: &str) -> Result<Cart, String> {
        if self.items.len() >= MAX_ITEMS {
            return Err(format!("a cart holds at most {MAX_ITEMS} items"));
        }
        let mut next = self.items.to_vec();
        next.push(item.to_string());
        // Struct update syntax: a new value that reuses the other fields.
        Ok(Cart { items: next.into(), ..self.clone() })
    }
}

fn total_len(items: &[String]) -> usize {
    // A shared borrow (&) guarantees the function cannot modify the data.
    items.iter().map(String::len).sum()
}

fn main() {
    println!("buffer: {BUFFER_SIZE} bytes");

    let empty = Cart { owner: "ada".into(), items: Rc::from(Vec::new()) };
    let one = empty.with("pen").unwrap();
    let two = one.with("ink").unwrap();
    println!("{} has {:?}; earlier: {:?} {:?}", two.owner, two.items, one.items, empty.items);
    println!("letters: {}", total_len(&two.items));

    let shared = two.clone(); // clones the Rc pointer, not the items
    println!("sharing items: {}", Rc::ptr_eq(&shared.items, &two.items));

    match two.with("pad").and_then(|c| c.with("cup")) {
        Ok(cart) => println!("{cart:?}"),
        Err(e) => println!("error: {e}"),
    }
}
