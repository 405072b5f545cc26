import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<String> fruits = List.of("apple", "banana", "cherry");

        // The enhanced for loop gives each item in turn.
        for (String fruit : fruits) {
            System.out.println("I like " + fruit);
        }

        // The classic counting loop: start; keep going while; step.
        int total = 0;
        for (int n = 1; n <= 5; n++) {
            total += n;
        }
        System.out.println("Sum of 1 to 5: " + total);

        // Use an index when you need the position too.
        for (int i = 0; i < fruits.size(); i++) {
            System.out.println((i + 1) + " " + fruits.get(i));
        }
    }
}
