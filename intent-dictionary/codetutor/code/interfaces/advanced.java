import java.util.ArrayList;
import java.util.List;

public class Main {
    @FunctionalInterface
    interface Clock {
        int hour();
    }

    interface Sender {
        void send(String to, String text);

        default void sendAll(List<String> recipients, String text) { // shared default method
            recipients.forEach(to -> send(to, text));
        }
    }

    static final class RecordingSender implements Sender { // a test double
        final List<String> sent = new ArrayList<>();
        public void send(String to, String text) { sent.add(to + ": " + text); }
    }

    // Greeter depends only on the two interfaces, never on concrete classes.
    record Greeter(Clock clock, Sender sender) {
        void greet(List<String> people) {
            String part = clock.hour() < 12 ? "morning" : "evening";
            for (String to : people) sender.send(to, "Good " + part + ", " + to + "!");
        }
    }

    public static void main(String[] args) {
        Sender console = (to, text) -> System.out.println("-> " + to + ": " + text);
        new Greeter(() -> 9, console).greet(List.of("Ada")); // lambdas implement one-method interfaces
        console.sendAll(List.of("Grace", "Alan"), "standup in 5 minutes");

        RecordingSender recorder = new RecordingSender();
        new Greeter(() -> 20, recorder).greet(List.of("Linus"));
        if (!recorder.sent.equals(List.of("Linus: Good evening, Linus!"))) {
            throw new AssertionError("unexpected messages " + recorder.sent);
        }
        System.out.println("recorded: " + recorder.sent);
    }
}
