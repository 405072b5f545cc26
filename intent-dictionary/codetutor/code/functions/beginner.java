public class Main {
    // static method: a name, typed parameters and a return type.
    static String greet(String name) {
        return "Hello, " + name + "!";
    }

    static int area(int width, int height) {
        return width * height;
    }

    public static void main(String[] args) {
        // Define once, call as often as you like.
        System.out.println(greet("Ada"));
        System.out.println(greet("Grace"));

        int room = area(3, 4); // the returned value can be stored and reused
        System.out.println("Room area: " + room);
        System.out.println("Both rooms: " + (room + area(5, 5)));
    }
}
