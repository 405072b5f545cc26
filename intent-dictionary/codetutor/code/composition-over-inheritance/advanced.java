import java.util.ArrayList;
import java.util.List;

public class Main {
    enum Level { DEBUG, INFO, ERROR }

    // Parts: small interfaces, each with several interchangeable implementations.
    interface Formatter { String format(Level level, String message); }
    interface Sink { void write(String line); }

    static final Formatter PLAIN = (level, msg) -> "[" + level + "] " + msg;
    static final Formatter JSON = (level, msg) ->
        "{\"level\":\"" + level + "\",\"message\":\"" + msg.replace("\"", "\\\"") + "\"}";

    static final class MemorySink implements Sink {
        final List<String> lines = new ArrayList<>();
        public void write(String line) { lines.add(line); }
    }

    // Assembled from parts: 2 formats x 2 sinks needs no 4 subclasses.
    record Logger(Formatter formatter, List<Sink> sinks, Level minLevel) {
        void log(Level level, String message) {
            if (level.compareTo(minLevel) < 0) return;
            String line = formatter.format(level, message);
            sinks.forEach(sink -> sink.write(line)); // delegate the writing
        }

        Logger withFormatter(Formatter other) { return new Logger(other, sinks, minLevel); }
    }

    public static void main(String[] args) {
        MemorySink memory = new MemorySink();
        Sink console = System.out::println;
        Logger logger = new Logger(PLAIN, List.of(console, memory), Level.INFO);
        logger.log(Level.INFO, "server started");
        logger.log(Level.DEBUG, "filtered out");
        logger.withFormatter(JSON).log(Level.ERROR, "disk full");
        System.out.println("captured: " + memory.lines);
    }
}
