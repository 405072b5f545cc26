import java.util.Map;

public class Main {
    public static void main(String[] args) {
        Map<String, String> emails = Map.of("ada", "ada@example.com");

        // get() returns null when the key is missing: check before use.
        String email = emails.get("grace");
        if (email == null) {
            System.out.println("grace: no email on file");
        } else {
            System.out.println(email.toUpperCase());
        }

        // Or ask for a default so there is no null at all.
        System.out.println(emails.getOrDefault("grace", "unknown"));
    }
}
