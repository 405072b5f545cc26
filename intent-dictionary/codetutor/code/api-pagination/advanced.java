import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

public class Main {
    record User(int id, String name) {}
    record Page<T>(List<T> data, Optional<String> nextCursor) {}

    // Rows sorted by a unique key (id): keyset pagination needs a stable, total order.
    static final List<User> ROWS = new ArrayList<>(
            IntStream.rangeClosed(1, 11).mapToObj(i -> new User(i, "user-" + i)).toList());

    static String encodeCursor(int lastId) { // opaque: clients send it back, never build it
        return Base64.getUrlEncoder().encodeToString(("after:" + lastId).getBytes(StandardCharsets.UTF_8));
    }

    static int decodeCursor(String cursor) {
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        if (!text.matches("after:\\d{1,9}")) throw new IllegalArgumentException("invalid cursor");
        return Integer.parseInt(text.substring("after:".length()));
    }

    // One page after the cursor, like GET /users?limit=4&cursor=...
    static Page<User> listUsers(int limit, String cursor) { // cursor is null for the first page
        if (limit < 1 || limit > 100) throw new IllegalArgumentException("limit must be 1..100");
        int after = cursor == null ? 0 : decodeCursor(cursor);
        // SQL: WHERE id > :after ORDER BY id LIMIT :limit + 1  (the extra row says "more exist")
        List<User> page = ROWS.stream().filter(u -> u.id() > after).limit(limit + 1L).toList();
        List<User> data = page.subList(0, Math.min(limit, page.size()));
        return new Page<>(data, page.size() > limit ? Optional.of(encodeCursor(data.get(data.size() - 1).id())) : Optional.empty());
    }

    public static void main(String[] args) {
        Page<User> first = listUsers(4, null);
        ROWS.removeIf(u -> u.id() == 2); // someone deletes user 2 meanwhile
        System.out.println("offset page 2: " + ROWS.subList(4, 8).stream().map(User::id).toList() + " <- user 5 skipped");
        System.out.println("cursor page 2: " + listUsers(4, first.nextCursor().orElseThrow()).data().stream().map(User::id).toList());
        List<String> names = new ArrayList<>(); // a client following nextCursor to the end
        String cursor = null;
        do {
            Page<User> page = listUsers(4, cursor);
            page.data().forEach(u -> names.add(u.name()));
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);
        System.out.println(names.size() + " users: " + names);
    }
}
