public class Main {
    public static void main(String[] args) {
        int done = 2;
        int total = 5;
        int percent = done * 100 / total; // multiply first: 200 / 5 = 40
        if (percent != 40) {
            throw new IllegalStateException("expected 40% but got " + percent + "%");
        }
        System.out.println(percent + "%");
    }
}
