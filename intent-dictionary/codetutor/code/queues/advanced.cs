using System;
using System.Collections.Generic;

class Program
{
    class Job
    {
        public string Name;
        public int Remaining;
        public Job(string name, int remaining) { Name = name; Remaining = remaining; }
    }

    // Round-robin scheduling: each job runs for at most `quantum`, then re-queues.
    static List<string> RoundRobin(IEnumerable<Job> jobs, int quantum)
    {
        if (quantum <= 0) throw new ArgumentOutOfRangeException("quantum");
        var ready = new Queue<Job>(jobs);
        var timeline = new List<string>();
        int clock = 0;
        while (ready.Count > 0)
        {
            Job job = ready.Dequeue();
            int ran = Math.Min(quantum, job.Remaining);
            clock += ran;
            job.Remaining -= ran;
            if (job.Remaining > 0) ready.Enqueue(job);
            else timeline.Add(job.Name + " done at t=" + clock);
        }
        return timeline;
    }

    static void Main()
    {
        var jobs = new[] { new Job("build", 5), new Job("test", 2), new Job("lint", 3) };
        foreach (string line in RoundRobin(jobs, 2)) Console.WriteLine(line);

        var empty = new Queue<int>();
        try
        {
            empty.Dequeue();
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("Dequeue on an empty queue throws; check Count first");
        }
    }
}
