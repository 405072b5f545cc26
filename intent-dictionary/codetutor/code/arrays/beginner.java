public class Main {
    public static void main(String[] args) {
        // An array has a fixed length, chosen when it is created.
        int[] temperatures = {18, 21, 19, 24, 22};

        System.out.println("first: " + temperatures[0]);
        System.out.println("last: " + temperatures[temperatures.length - 1]);

        temperatures[2] = 20; // replace one element in place
        for (int day = 0; day < temperatures.length; day++) {
            System.out.println("day " + day + ": " + temperatures[day] + " C");
        }
    }
}
