public class Main {
    public static void main(String[] args) {
        // int / int gives an int: the fraction is thrown away.
        System.out.println(7 / 2);    // 3
        System.out.println(7 % 2);    // 1 (remainder)

        // Make one side a double BEFORE dividing to keep the fraction.
        System.out.println(7 / 2.0);          // 3.5
        int sum = 15, count = 4;
        double average = (double) sum / count;
        System.out.println(average);          // 3.75

        // Casting AFTER dividing is too late: the fraction is already gone.
        System.out.println((double) (sum / count)); // 3.0
    }
}
