// Sorts the slice in place, smallest first.
fn insertion_sort(items: &mut [i32]) {
    for i in 1..items.len() {
        let key = items[i]; // the next value to place
        let mut j = i;
        // j is the gap; move it left while the value before it is bigger
        while j > 0 && items[j - 1] > key {
            items[j] = items[j - 1]; // shift the bigger value right
            j -= 1;
        }
        items[j] = key; // drop the key into the gap
    }
}

fn main() {
    let mut cards = [5, 2, 9, 1, 7];
    insertion_sort(&mut cards);
    println!("{:?}", cards); // [1, 2, 5, 7, 9]
}
