public class Main {
    static class Account {
        String owner;
        int balance;

        // A constructor has the class's name and no return type.
        Account(String owner, int balance) {
            this.owner = owner;
            this.balance = balance;
        }

        // An overload that chains to the main constructor with a default balance.
        Account(String owner) {
            this(owner, 0);
        }
    }

    public static void main(String[] args) {
        Account ada = new Account("Ada", 100);
        Account linus = new Account("Linus");
        System.out.println(ada.owner + " " + ada.balance);
        System.out.println(linus.owner + " " + linus.balance);
    }
}
