public class Main {
    public static void main(String[] args) {
        String typed = new StringBuilder("ad").append("min").toString();
        String expected = "admin";

        // == compares REFERENCES: are these the same object?
        System.out.println(typed == expected);      // false
        // equals() compares the characters.
        System.out.println(typed.equals(expected)); // true

        // For primitives like int, == compares values and is correct.
        int a = 1000, b = 1000;
        System.out.println(a == b);                 // true

        // Boxed Integers are objects: use equals().
        Integer x = 1000, y = 1000;
        System.out.println(x.equals(y));            // true
    }
}
