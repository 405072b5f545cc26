public class Main {
    static class User {
        private String name;

        User(String name) {
            name = name; // BUG: assigns the parameter to itself; the field stays null
        }

        int nameLength() {
            return name.length();
        }
    }

    public static void main(String[] args) {
        User u = new User("Ada");
        System.out.println(u.nameLength());
    }
}
