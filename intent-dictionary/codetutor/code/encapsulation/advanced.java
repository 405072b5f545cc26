import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        Account account = new Account("Ada", 1_000);
        account.deposit(5_000, "salary");
        account.withdraw(5_500, "rent");
        System.out.println("balance: " + account.balance());
        try {
            account.withdraw(1_000, "cash");
        } catch (IllegalStateException e) {
            System.out.println("refused: " + e.getMessage());
        }
        try {
            account.history().clear(); // the returned list is unmodifiable
        } catch (UnsupportedOperationException e) {
            System.out.println("history is read-only: " + account.history());
        }
    }
}

record Entry(String description, long cents) {}

final class Account {
    private final String owner;
    private final long overdraft;
    private final List<Entry> entries = new ArrayList<>();
    private long balance; // cached; only record() changes it, so it stays in sync

    Account(String owner, long overdraft) {
        if (overdraft < 0) throw new IllegalArgumentException("overdraft cannot be negative");
        this.owner = owner;
        this.overdraft = overdraft;
    }

    long balance() { return balance; }
    List<Entry> history() { return List.copyOf(entries); }
    void deposit(long cents, String description) { record(description, Math.abs(cents)); }
    void withdraw(long cents, String description) { record(description, -Math.abs(cents)); }

    private void record(String description, long cents) {
        if (balance + cents < -overdraft) {
            throw new IllegalStateException(owner + " cannot take out " + -cents);
        }
        entries.add(new Entry(description, cents));
        balance += cents;
    }
}
