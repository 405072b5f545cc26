import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

public class Main {
    // The memo belongs to one solver object, so different coin sets never mix.
    static final class CoinSolver {
        private static final int IMPOSSIBLE = Integer.MAX_VALUE;
        private final int[] coins;
        private final Map<Integer, Integer> memo = new HashMap<>();

        CoinSolver(int... coins) { this.coins = coins.clone(); }

        OptionalInt fewest(int amount) {
            int r = best(amount);
            return r == IMPOSSIBLE ? OptionalInt.empty() : OptionalInt.of(r);
        }

        // Don't use memo.computeIfAbsent here: a recursive call inside it
        // modifies the same HashMap and throws ConcurrentModificationException.
        private int best(int rest) {
            if (rest == 0) return 0;
            Integer known = memo.get(rest);
            if (known != null) return known;
            int fewest = IMPOSSIBLE;
            for (int c : coins) {
                if (c <= rest) {
                    int sub = best(rest - c);
                    if (sub != IMPOSSIBLE) fewest = Math.min(fewest, sub + 1);
                }
            }
            memo.put(rest, fewest);
            return fewest;
        }

        int cacheSize() { return memo.size(); }
    }

    public static void main(String[] args) {
        CoinSolver solver = new CoinSolver(1, 5, 12);
        // Greedy (largest coin first) would pay 16 as 12+1+1+1+1 = 5 coins.
        System.out.println("16 with [1, 5, 12]: " + solver.fewest(16) + ", memo size " + solver.cacheSize());
        System.out.println("3 with [5, 10]: " + new CoinSolver(5, 10).fewest(3));
        CoinSolver big = new CoinSolver(1, 7, 30);
        System.out.println("2000 with [1, 7, 30]: " + big.fewest(2000).getAsInt());
    }
}
