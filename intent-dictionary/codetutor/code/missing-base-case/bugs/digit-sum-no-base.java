public class Main {
    static int digitSum(int n) {
        // BUG: no base case; once n reaches 0, n / 10 stays 0 forever.
        return n % 10 + digitSum(n / 10);
    }

    public static void main(String[] args) {
        System.out.println(digitSum(4096));
    }
}
