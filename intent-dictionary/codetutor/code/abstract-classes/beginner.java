public class Main {
    abstract static class Employee { // abstract: `new Employee(...)` does not compile
        final String name;

        Employee(String name) { this.name = name; }
        abstract double monthlyPay(); // no body: every subclass must provide one

        String payslip() { // a normal method that relies on the abstract one
            return String.format("%s: %.2f", name, monthlyPay());
        }
    }

    static class Salaried extends Employee {
        private final double yearly;

        Salaried(String name, double yearly) { super(name); this.yearly = yearly; }

        @Override double monthlyPay() { return yearly / 12; }
    }

    public static void main(String[] args) {
        Employee ada = new Salaried("Ada", 60000);
        System.out.println(ada.payslip());
    }
}
