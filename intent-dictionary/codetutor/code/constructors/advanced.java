public class Main {
    public static void main(String[] args) {
        System.out.println(new Rgb(255, 136, 0));
        System.out.println(Rgb.fromHex("#1e90ff"));
        System.out.println(Rgb.grey(128));
        for (String hex : new String[] {"#abc", "#zz0000"}) {
            try {
                Rgb.fromHex(hex);
            } catch (IllegalArgumentException e) {
                System.out.println("rejected: " + e.getMessage());
            }
        }
    }
}

// A colour that is valid from the moment it exists.
final class Rgb {
    private final int red, green, blue;

    Rgb(int red, int green, int blue) {
        this.red = check("red", red);
        this.green = check("green", green);
        this.blue = check("blue", blue);
    }

    // Static factories: descriptive names, and free to parse before delegating.
    static Rgb fromHex(String text) {
        String digits = text.startsWith("#") ? text.substring(1) : text;
        if (!digits.matches("[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("expected #rrggbb, got \"" + text + "\"");
        }
        int value = Integer.parseInt(digits, 16);
        return new Rgb(value >> 16, (value >> 8) & 0xff, value & 0xff);
    }

    static Rgb grey(int level) {
        return new Rgb(level, level, level);
    }

    private static int check(String name, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(name + " must be in 0..255, got " + value);
        }
        return value;
    }

    @Override
    public String toString() { return "Rgb(" + red + ", " + green + ", " + blue + ")"; }
}
