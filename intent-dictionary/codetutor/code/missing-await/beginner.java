import java.util.concurrent.CompletableFuture;

public class Main {
    static int slowSquare(int n) {
        try {
            Thread.sleep(10); // pretend to do slow work
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return n * n;
    }

    public static void main(String[] args) {
        // supplyAsync starts the work on another thread and returns at once.
        CompletableFuture<Integer> future = CompletableFuture.supplyAsync(() -> slowSquare(7));
        // join() waits for the result: Java's equivalent of await.
        int result = future.join();
        System.out.println(result); // 49
    }
}
