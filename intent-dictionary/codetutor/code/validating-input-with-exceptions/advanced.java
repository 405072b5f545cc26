import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

public class Main {
    // Unchecked, like IllegalArgumentException, which it extends; carries every problem.
    static final class ValidationException extends IllegalArgumentException {
        final Map<String, String> problems;

        ValidationException(Map<String, String> problems, Throwable cause) {
            super(problems.toString(), cause);
            this.problems = Collections.unmodifiableMap(new TreeMap<>(problems)); // sorted, read-only
        }
    }

    record Signup(String username, int age) {
        private static final Pattern NAME = Pattern.compile("[a-z0-9_]{3,20}");

        // Validate in the compact constructor: an invalid Signup can never exist.
        Signup {
            Map<String, String> problems = new TreeMap<>();
            if (username == null || !NAME.matcher(username).matches()) problems.put("username", "3-20 letters, digits or _");
            if (age < 13 || age > 120) problems.put("age", "must be 13-120, got " + age);
            if (!problems.isEmpty()) throw new ValidationException(problems, null);
        }

        static Signup fromForm(String username, String ageText) {
            int age;
            try {
                age = Integer.parseInt(ageText);
            } catch (NumberFormatException e) { // translate, keeping the cause
                throw new ValidationException(Map.of("age", "must be a whole number"), e);
            }
            return new Signup(username.trim().toLowerCase(), age);
        }
    }

    public static void main(String[] args) {
        String[][] forms = {{" Ada_99 ", "36"}, {"x!", "9"}, {"bob", "ten"}};
        for (String[] form : forms) {
            try {
                System.out.println("accepted: " + Signup.fromForm(form[0], form[1]));
            } catch (ValidationException e) {
                String cause = e.getCause() == null ? "" : " (cause: " + e.getCause().getClass().getSimpleName() + ")";
                System.out.println("rejected: " + e.problems + cause);
            }
        }
    }
}
