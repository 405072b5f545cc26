public class Main {
    // An enum is a fixed set of named values; nothing else is a Light.
    enum Light { RED, YELLOW, GREEN }

    static Light next(Light light) {
        return switch (light) { // the compiler checks that every constant is handled
            case RED -> Light.GREEN;
            case GREEN -> Light.YELLOW;
            case YELLOW -> Light.RED;
        };
    }

    public static void main(String[] args) {
        Light light = Light.RED;
        for (int i = 0; i < 4; i++) {
            System.out.println(light + " -> " + next(light));
            light = next(light);
        }
        System.out.println("all lights: " + java.util.Arrays.toString(Light.values()));
    }
}
