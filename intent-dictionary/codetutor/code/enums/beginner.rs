// An enum is a fixed set of variants; `match` must handle every one of them.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }
}

fn main() {
    let mut light = Light::Red;
    for _ in 0..4 {
        println!("{:?} -> {:?}", light, light.next());
        light = light.next();
    }
}
