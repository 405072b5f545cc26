import java.util.List;

public class Main {
    // A checked exception: callers must catch it or declare it.
    static class ConfigException extends Exception {
        ConfigException(String message, Throwable cause) { super(message, cause); }
    }

    // AutoCloseable: try-with-resources calls close() on every exit path.
    static class Connection implements AutoCloseable {
        Connection() {
            System.out.println("open");
        }
        int query(String sql) {
            if (sql.isBlank()) throw new IllegalArgumentException("empty query");
            return sql.length();
        }
        @Override
        public void close() {
            System.out.println("close");
        }
    }

    static int parsePort(String text) throws ConfigException {
        try {
            int port = Integer.parseInt(text.strip());
            if (port < 1 || port > 65_535) throw new IllegalArgumentException("out of range: " + port);
            return port;
        } catch (IllegalArgumentException e) { // NumberFormatException is a subclass
            throw new ConfigException("invalid port '" + text + "'", e);
        }
    }

    public static void main(String[] args) {
        for (String raw : List.of("8080", "http", "70000")) {
            try {
                System.out.println("port " + parsePort(raw));
            } catch (ConfigException e) {
                System.out.println(e.getMessage() + " <- " + e.getCause().getClass().getSimpleName());
            }
        }

        try (Connection db = new Connection()) {
            System.out.println("rows: " + db.query("SELECT 1"));
            db.query(" ");
        } catch (IllegalArgumentException e) {
            System.out.println("query failed: " + e.getMessage());
        }
    }
}
