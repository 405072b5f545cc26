import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

public class Main {
    static final class Job {
        final String name;
        int remaining;
        Job(String name, int remaining) { this.name = name; this.remaining = remaining; }
    }

    /** Round-robin scheduling: each job runs for at most `quantum`, then re-queues. */
    static List<String> roundRobin(List<Job> jobs, int quantum) {
        if (quantum <= 0) throw new IllegalArgumentException("quantum must be positive");
        Queue<Job> ready = new ArrayDeque<>(jobs);
        List<String> timeline = new ArrayList<>();
        int clock = 0;
        Job job;
        while ((job = ready.poll()) != null) { // poll() returns null when empty
            int ran = Math.min(quantum, job.remaining);
            clock += ran;
            job.remaining -= ran;
            if (job.remaining > 0) ready.offer(job);
            else timeline.add(job.name + " done at t=" + clock);
        }
        return timeline;
    }

    public static void main(String[] args) {
        List<Job> jobs = List.of(new Job("build", 5), new Job("test", 2), new Job("lint", 3));
        roundRobin(jobs, 2).forEach(System.out::println);

        // remove()/element() throw on an empty queue; poll()/peek() return null.
        Queue<String> empty = new ArrayDeque<>();
        System.out.println("poll on empty: " + empty.poll());
        try {
            empty.remove();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("remove on empty threw NoSuchElementException");
        }
    }
}
