import java.util.concurrent.CompletableFuture;

public class Main {
    static String brew(String drink, long ms) {
        try {
            Thread.sleep(ms); // stands in for slow I/O
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return drink + " ready";
    }

    public static void main(String[] args) {
        // Both start right away on background threads: ~200 ms total, not 300 ms.
        CompletableFuture<String> tea = CompletableFuture.supplyAsync(() -> brew("tea", 200));
        CompletableFuture<String> coffee = CompletableFuture.supplyAsync(() -> brew("coffee", 100));
        System.out.println("main thread is free while both brew");
        // thenCombine runs when both are done; join() waits for the result.
        String both = tea.thenCombine(coffee, (a, b) -> a + ", " + b).join();
        System.out.println(both);
    }
}
