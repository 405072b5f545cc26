// Futures are lazy: nothing runs until something awaits or polls them.
// A tiny std-only executor makes that visible.
use std::cell::Cell;
use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake};
use std::thread::{self, Thread};

struct ThreadWaker(Thread);
impl Wake for ThreadWaker {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

fn block_on<F: Future>(fut: F) -> F::Output {
    let mut fut = pin!(fut);
    let waker = Arc::new(ThreadWaker(thread::current())).into();
    let mut cx = Context::from_waker(&waker);
    loop {
        match fut.as_mut().poll(&mut cx) {
            Poll::Ready(value) => return value,
            Poll::Pending => thread::park(),
        }
    }
}

async fn record(log: &Cell<u32>, amount: u32) -> u32 {
    log.set(log.get() + amount);
    log.get()
}

fn main() {
    let log = Cell::new(0);
    block_on(async {
        // Creating the future runs NOTHING (rustc also warns if it is unused).
        let pending = record(&log, 5);
        println!("before await: {}", log.get()); // before await: 0
        let total = pending.await;
        println!("after await: {total}"); // after await: 5
        // `?`-style errors also need .await first: Result lives inside the future.
        let doubled = async { Ok::<u32, String>(total * 2) }.await?;
        println!("doubled: {doubled}"); // doubled: 10
        Ok::<(), String>(())
    })
    .expect("async block failed");
}
