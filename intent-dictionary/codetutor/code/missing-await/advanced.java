import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class Main {
    static String fetch(String name) {
        if (name.equals("broken")) throw new IllegalStateException("cannot fetch " + name);
        return name.toUpperCase();
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            // Start all, then wait for all: the work runs concurrently.
            List<CompletableFuture<String>> futures = List.of("a", "b", "c").stream()
                    .map(n -> CompletableFuture.supplyAsync(() -> fetch(n), pool))
                    .toList();
            CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).join();
            System.out.println(futures.stream().map(CompletableFuture::join).toList()); // [A, B, C]

            // A failure surfaces only when someone waits on the future.
            CompletableFuture<String> bad = CompletableFuture.supplyAsync(() -> fetch("broken"), pool);
            try {
                bad.join();
            } catch (CompletionException e) {
                System.out.println("caught: " + e.getCause().getMessage()); // cannot fetch broken
            }

            // Or handle it inside the pipeline, and still wait for the result.
            String recovered = CompletableFuture.supplyAsync(() -> fetch("broken"), pool)
                    .exceptionally(err -> "fallback")
                    .get(1, TimeUnit.SECONDS); // waiting with a deadline
            System.out.println(recovered); // fallback
        } finally {
            pool.shutdown(); // and wait for the pool itself before exiting
            pool.awaitTermination(1, TimeUnit.SECONDS);
        }
    }
}
