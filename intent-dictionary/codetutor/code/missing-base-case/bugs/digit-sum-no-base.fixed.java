public class Main {
    static int digitSum(int n) {
        if (n < 10) return n; // base case: a single digit is its own sum
        return n % 10 + digitSum(n / 10);
    }

    public static void main(String[] args) {
        System.out.println(digitSum(4096)); // 19
    }
}
