import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class Main {
    static double fetchPrice(String symbol) {
        // Stand-in for a blocking network call; one symbol is slow, one is broken.
        try {
            Thread.sleep(symbol.equals("SLOW") ? 1000 : 50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
        if (symbol.equals("BAD")) throw new IllegalArgumentException("unknown symbol " + symbol);
        return symbol.length() * 10;
    }

    static CompletableFuture<String> describe(String symbol, ExecutorService pool) {
        return CompletableFuture.supplyAsync(() -> fetchPrice(symbol), pool)
                .orTimeout(300, TimeUnit.MILLISECONDS) // clock starts now, queue time included
                .thenApply(price -> String.format("%-5s %6.1f", symbol, price))
                .exceptionally(err -> {
                    Throwable cause = err instanceof CompletionException ? err.getCause() : err;
                    if (cause instanceof TimeoutException) return String.format("%-5s timed out", symbol);
                    return String.format("%-5s failed: %s", symbol, cause.getMessage());
                });
    }

    public static void main(String[] args) {
        List<String> symbols = List.of("AAPL", "MSFT", "BAD", "SLOW", "GOOG", "IBM");
        ExecutorService pool = Executors.newFixedThreadPool(3); // at most 3 calls in flight
        long started = System.nanoTime();
        try {
            List<CompletableFuture<String>> futures = symbols.stream().map(s -> describe(s, pool)).toList();
            CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).join();
            futures.forEach(f -> System.out.println(f.join()));
        } finally {
            pool.shutdownNow(); // interrupt the slow call that nobody is waiting for
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        // Sequentially this would take at least 300 + 5 * 50 = 550 ms.
        System.out.println("ran concurrently: " + (elapsedMs < 550));
    }
}
