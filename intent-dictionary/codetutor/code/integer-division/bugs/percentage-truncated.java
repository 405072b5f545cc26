public class Main {
    public static void main(String[] args) {
        int done = 2;
        int total = 5;
        int percent = done / total * 100; // BUG: 2 / 5 is 0 in int arithmetic
        if (percent != 40) {
            throw new IllegalStateException("expected 40% but got " + percent + "%");
        }
        System.out.println(percent + "%");
    }
}
