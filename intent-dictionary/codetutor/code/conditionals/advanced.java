import java.util.List;

public class Main {
    enum Tier { FREE, PRO, ENTERPRISE }

    record Request(Tier tier, int requestsThisMinute, boolean internal) {}

    static String decide(Request r) {
        // Guard clause first: the special case exits early.
        if (r.internal()) {
            return "allow (internal traffic is not limited)";
        }
        // A switch expression over an enum must cover every constant, or it does not compile.
        int limit = switch (r.tier()) {
            case FREE -> 10;
            case PRO -> 100;
            case ENTERPRISE -> 1_000;
        };
        if (r.requestsThisMinute() >= limit) {
            return "reject (limit " + limit + " reached)";
        }
        return r.requestsThisMinute() * 10 >= limit * 8 ? "allow (near limit)" : "allow";
    }

    public static void main(String[] args) {
        List<Request> requests = List.of(
                new Request(Tier.FREE, 3, false),
                new Request(Tier.FREE, 10, false),
                new Request(Tier.PRO, 85, false),
                new Request(Tier.ENTERPRISE, 5_000, true));
        for (Request r : requests) {
            System.out.printf("%-10s %5d -> %s%n", r.tier(), r.requestsThisMinute(), decide(r));
        }
    }
}
