public class Main {
    public static void main(String[] args) {
        // Count down while the number is still above zero.
        int count = 5;
        while (count > 0) {
            System.out.println(count);
            count--; // without this line the loop would never end
        }
        System.out.println("Lift off!");

        // Keep doubling until we pass 100: we don't know the number of steps in advance.
        int value = 1;
        int steps = 0;
        while (value < 100) {
            value *= 2;
            steps++;
        }
        System.out.println(steps + " doublings reach " + value);
    }
}
