public class Main {
    public static void main(String[] args) {
        int temperature = 18;

        // Only the first branch whose condition is true runs.
        if (temperature < 0) {
            System.out.println("Freezing: wear a heavy coat");
        } else if (temperature < 15) {
            System.out.println("Cold: take a jacket");
        } else if (temperature < 25) {
            System.out.println("Mild: a sweater is enough");
        } else {
            System.out.println("Hot: T-shirt weather");
        }

        // The ternary operator picks one of two values.
        String advice = temperature < 20 ? "take an umbrella" : "leave the umbrella at home";
        System.out.println(advice);
    }
}
