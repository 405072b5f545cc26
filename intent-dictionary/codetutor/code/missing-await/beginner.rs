use std::thread;
use std::time::Duration;

fn main() {
    // spawn starts the work and returns a handle immediately.
    let handle = thread::spawn(|| {
        thread::sleep(Duration::from_millis(10)); // pretend to do slow work
        7 * 7
    });

    // join() waits for the thread and hands back its result: the
    // thread-world equivalent of await. Without it, main might exit first.
    let result = handle.join().expect("worker panicked");
    println!("{result}"); // 49
}
