public class Main {
    static int toNumber(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) { // catch only the error we expect
            System.out.println("warning: '" + text + "' is not a number, using 0");
            return 0;
        }
    }

    public static void main(String[] args) {
        System.out.println(toNumber("42"));
        System.out.println(toNumber("abc"));

        // finally runs whether or not an exception was thrown.
        try {
            int[] scores = {90, 85};
            System.out.println(scores[2]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught: " + e.getMessage());
        } finally {
            System.out.println("done");
        }
    }
}
