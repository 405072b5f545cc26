/// Stable merge sort for any Clone type, using one scratch buffer.
fn merge_sort_by<T: Clone, F>(v: &mut [T], less: &F)
where
    F: Fn(&T, &T) -> bool,
{
    let mut buf = v.to_vec();
    sort(v, &mut buf, less);
}

fn sort<T: Clone, F: Fn(&T, &T) -> bool>(v: &mut [T], buf: &mut [T], less: &F) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    let mid = n / 2;
    sort(&mut v[..mid], &mut buf[..mid], less);
    sort(&mut v[mid..], &mut buf[mid..], less);
    if !less(&v[mid], &v[mid - 1]) {
        return; // already in order
    }
    buf[..n].clone_from_slice(v);
    let (mut i, mut j) = (0, mid);
    for slot in v.iter_mut() {
        // right side wins only when strictly smaller, so ties stay stable
        if i < mid && (j >= n || !less(&buf[j], &buf[i])) {
            *slot = buf[i].clone();
            i += 1;
        } else {
            *slot = buf[j].clone();
            j += 1;
        }
    }
}

fn main() {
    let mut people = vec![("mia", 31), ("ali", 25), ("zoe", 31), ("bob", 25)];
    merge_sort_by(&mut people, &|a: &(&str, u32), b: &(&str, u32)| a.1 < b.1);
    println!("{:?}", people); // [("ali", 25), ("bob", 25), ("mia", 31), ("zoe", 31)]

    let mut words: Vec<String> = "the quick brown fox".split(' ').map(String::from).collect();
    merge_sort_by(&mut words, &|a: &String, b: &String| a.len() < b.len());
    println!("{:?}", words); // ["the", "fox", "quick", "brown"]
}
