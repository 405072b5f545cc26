public class Main {
    // Turn text into an age, or throw an exception if it is not a valid one.
    static int parseAge(String text) {
        int age = Integer.parseInt(text.trim()); // throws NumberFormatException for "abc"
        if (age < 0 || age > 150) {
            throw new IllegalArgumentException("age must be between 0 and 150, got " + age);
        }
        return age;
    }

    public static void main(String[] args) {
        for (String text : new String[] {"42", "-3", "abc"}) {
            try {
                System.out.println("ok: " + parseAge(text));
            } catch (IllegalArgumentException e) { // NumberFormatException is a subclass
                System.out.println("rejected: " + e.getMessage());
            }
        }
    }
}
