fn main() {
    // Assignment MOVES a Vec: the old name can no longer be used.
    let original = vec![1, 2, 3];
    let moved = original;
    // println!("{:?}", original); // compile error: value moved

    // clone() makes an independent copy.
    let mut copy = moved.clone();
    copy.push(4);
    println!("{:?} {:?}", moved, copy); // [1, 2, 3] [1, 2, 3, 4]

    // Borrowing shares without copying; &mut allows change, one at a time.
    let mut scores = vec![10, 20];
    let view = &mut scores;
    view.push(30);
    println!("{:?}", scores); // [10, 20, 30]
}
