public class Main {
    static class User {
        private final String name;

        User(String name) {
            this.name = name; // "this." targets the field
        }

        int nameLength() {
            return name.length();
        }
    }

    public static void main(String[] args) {
        User u = new User("Ada");
        System.out.println(u.nameLength()); // 3
    }
}
