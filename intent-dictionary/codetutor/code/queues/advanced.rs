use std::collections::VecDeque;

#[derive(Debug)]
struct Job {
    name: &'static str,
    remaining: u32,
}

/// Round-robin scheduling: each job runs for at most `quantum`, then re-queues.
fn round_robin(jobs: Vec<Job>, quantum: u32) -> Vec<(&'static str, u32)> {
    assert!(quantum > 0, "quantum must be positive");
    let mut ready: VecDeque<Job> = jobs.into(); // O(1) push_back and pop_front
    let mut finished = Vec::new();
    let mut clock = 0;
    while let Some(mut job) = ready.pop_front() {
        let ran = quantum.min(job.remaining);
        clock += ran;
        job.remaining -= ran;
        if job.remaining > 0 {
            ready.push_back(job); // ownership moves back into the queue
        } else {
            finished.push((job.name, clock));
        }
    }
    finished
}

fn main() {
    let jobs = vec![
        Job { name: "build", remaining: 5 },
        Job { name: "test", remaining: 2 },
        Job { name: "lint", remaining: 3 },
    ];
    for (name, t) in round_robin(jobs, 2) {
        println!("{} done at t={}", name, t);
    }

    // A fixed-size sliding window: drop from the front once full.
    let mut window: VecDeque<u32> = VecDeque::with_capacity(3);
    for reading in [10, 20, 30, 40, 50] {
        if window.len() == 3 {
            window.pop_front();
        }
        window.push_back(reading);
    }
    let avg = window.iter().sum::<u32>() as f64 / window.len() as f64;
    println!("window {:?}, average {:.1}", window, avg);
}
