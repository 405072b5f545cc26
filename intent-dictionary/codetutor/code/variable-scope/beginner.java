public class Main {
    static String greeting = "Hello"; // a static field: visible in every method of Main

    static String welcome(String name) {
        String message = greeting + ", " + name + "!"; // local to welcome()
        return message;
    }

    public static void main(String[] args) {
        System.out.println(welcome("Ada"));
        // System.out.println(message); // compile error: cannot find symbol

        if (greeting.length() > 3) {
            String inside = "only inside these braces"; // block scope
            System.out.println(inside);
        }
        // System.out.println(inside); // compile error here too
    }
}
