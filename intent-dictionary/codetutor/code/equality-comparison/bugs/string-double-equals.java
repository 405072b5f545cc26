public class Main {
    public static void main(String[] args) {
        String role = new StringBuilder("ad").append("min").toString(); // built at run time
        if (role == "admin") { // BUG: compares references, not characters
            System.out.println("welcome, admin");
        } else {
            throw new IllegalStateException("admin was not recognised: " + role);
        }
    }
}
