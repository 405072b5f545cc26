public class Main {
    public static void main(String[] args) {
        int[] scores = {90, 75, 82, 68};

        // Valid indexes are 0 .. length - 1, so the test is "<", not "<=".
        for (int i = 0; i < scores.length; i++) {
            System.out.println("#" + (i + 1) + ": " + scores[i]);
        }

        // The enhanced for loop has no index to get wrong.
        for (int score : scores) {
            System.out.println(score);
        }

        // An inclusive range 1..10 needs "<= 10".
        int total = 0;
        for (int i = 1; i <= 10; i++) total += i;
        System.out.println(total); // 55
    }
}
