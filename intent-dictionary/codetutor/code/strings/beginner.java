public class Main {
    public static void main(String[] args) {
        String name = "Ada Lovelace";

        System.out.println(name.length()); // 12 characters
        System.out.println(name.toUpperCase()); // ADA LOVELACE
        System.out.println(name.charAt(0) + " " + name.charAt(name.length() - 1));
        System.out.println(name.substring(4)); // from index 4: Lovelace

        String[] parts = name.split(" ");
        System.out.println(parts[1] + ", " + parts[0]);

        // Methods return a new string; the original is unchanged.
        String shout = name.replace("Ada", "ADA");
        System.out.println(shout + " | " + name);

        // Compare contents with equals, never with ==.
        System.out.println(name.toLowerCase().contains("love") + " " + "ada".equals(parts[0].toLowerCase()));
    }
}
