public class Main {
    // The interface says what every discount strategy must provide.
    interface Discount {
        double apply(double price);
    }

    static class NoDiscount implements Discount {
        public double apply(double price) { return price; }
    }

    static class PercentOff implements Discount {
        private final double percent;
        PercentOff(double percent) { this.percent = percent; }
        public double apply(double price) { return price * (1 - percent / 100); }
    }

    static double checkout(double price, Discount discount) {
        return discount.apply(price); // works with any strategy, old or new
    }

    public static void main(String[] args) {
        System.out.println(checkout(80, new NoDiscount()));   // 80.0
        System.out.println(checkout(80, new PercentOff(25))); // 60.0
    }
}
