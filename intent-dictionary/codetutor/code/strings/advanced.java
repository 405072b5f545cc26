import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;

public class Main {
    static boolean isPalindrome(String text) {
        int[] cps = text.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .toArray();
        for (int i = 0, j = cps.length - 1; i < j; i++, j--) {
            if (cps[i] != cps[j]) return false;
        }
        return true;
    }

    static String slugify(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public static void main(String[] args) {
        System.out.println(isPalindrome("A man, a plan, a canal: Panama") + " " + isPalindrome("Hello"));
        System.out.println(slugify("Crème Brûlée: A Beginner's Guide!"));

        // == compares references; equals compares characters.
        String a = "hello";
        String b = new String("hello");
        System.out.println((a == b) + " " + a.equals(b) + " " + "HELLO".equalsIgnoreCase(a));

        // length() counts UTF-16 units; an emoji needs two of them.
        String wave = "hi👋";
        int codePoints = wave.codePointCount(0, wave.length());
        System.out.println(wave.length() + " units, " + codePoints + " code points");

        // StringBuilder avoids copying the whole string on every append.
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            sb.append(i).append(i < 5 ? "," : "");
        }
        System.out.println(sb);

        List<String> items = List.of("pen:150", "notebook:1299");
        String table = items.stream()
                .map(s -> s.split(":", 2))
                .map(p -> String.format("%-10s%8.2f", p[0], Integer.parseInt(p[1]) / 100.0))
                .collect(Collectors.joining("\n"));
        System.out.println(table);
    }
}
