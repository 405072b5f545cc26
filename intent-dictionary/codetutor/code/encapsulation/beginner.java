public class Main {
    static class BankAccount {
        private final String owner;
        private int balance; // private: only code in this class can change it

        BankAccount(String owner) { this.owner = owner; }

        void deposit(int amount) {
            if (amount <= 0) throw new IllegalArgumentException("deposit must be positive");
            balance += amount;
        }

        int getBalance() { return balance; } // read access only, no setter
        String getOwner() { return owner; }
    }

    public static void main(String[] args) {
        BankAccount account = new BankAccount("Ada");
        account.deposit(50);
        System.out.println(account.getOwner() + " has " + account.getBalance());
        // account.balance = 1000;  would not compile outside the class: balance is private
    }
}
