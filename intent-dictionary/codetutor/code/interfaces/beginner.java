import java.util.List;

public class Main {
    // An interface names the methods a type must have, without saying how they work.
    interface Notifier {
        String send(String message);
    }

    static class EmailNotifier implements Notifier {
        public String send(String message) { return "email: " + message; }
    }

    static class SmsNotifier implements Notifier {
        public String send(String message) { // SMS keeps it short
            return "sms: " + message.substring(0, Math.min(20, message.length()));
        }
    }

    public static void main(String[] args) {
        List<Notifier> notifiers = List.of(new EmailNotifier(), new SmsNotifier());
        for (Notifier notifier : notifiers) {
            System.out.println(notifier.send("Your parcel has been dispatched"));
        }
    }
}
