import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

public class Main {
    // Defensive copies: the class owns its own list.
    static final class Playlist {
        private final List<String> songs;

        Playlist(List<String> songs) {
            this.songs = new ArrayList<>(songs);           // copy in
        }

        List<String> songs() {
            return Collections.unmodifiableList(songs);    // read-only view out
        }
    }

    public static void main(String[] args) {
        List<String> input = new ArrayList<>(List.of("intro"));
        Playlist p = new Playlist(input);
        input.add("outro");
        System.out.println(p.songs()); // [intro]
        try {
            p.songs().add("hack");
        } catch (UnsupportedOperationException e) {
            System.out.println("read-only");
        }

        // Arrays: clone() is SHALLOW, so a 2-D array's rows are still shared.
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] shallow = grid.clone();
        int[][] deep = Arrays.stream(grid).map(int[]::clone).toArray(int[][]::new);
        shallow[0][0] = 99;
        deep[1][1] = -1;
        System.out.println(Arrays.deepToString(grid)); // [[99, 2], [3, 4]]

        // List.copyOf returns an immutable copy.
        List<String> frozen = List.copyOf(input);
        input.clear();
        System.out.println(frozen); // [intro, outro]

        // Strings and boxed numbers are immutable, so sharing them is safe.
        String a = "hi", b = a;
        b += "!";
        System.out.println(a + " " + b); // hi hi!
    }
}
