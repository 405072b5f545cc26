public class Main {
    record Engine(String kind, int horsepower) {
        String start() { return kind + " engine (" + horsepower + " hp) starts"; }
    }

    // A Car HAS an Engine instead of BEING one: the part is passed in.
    static class Car {
        private final String name;
        private final Engine engine;

        Car(String name, Engine engine) {
            this.name = name;
            this.engine = engine;
        }

        String drive() { return name + ": " + engine.start() + ", off we go"; } // delegate
    }

    public static void main(String[] args) {
        System.out.println(new Car("Roadster", new Engine("petrol", 300)).drive());
        System.out.println(new Car("City car", new Engine("electric", 110)).drive());
    }
}
