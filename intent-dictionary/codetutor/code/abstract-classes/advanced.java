import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public class Main {
    // Template method: export() fixes the steps (and is final), subclasses supply the format.
    abstract static class Exporter {
        final String export(List<String> columns, List<Map<String, String>> rows) {
            List<String> lines = new ArrayList<>(List.of(header(columns)));
            for (Map<String, String> r : rows) {
                lines.add(row(columns.stream().map(c -> r.getOrDefault(c, "")).toList()));
            }
            String footer = footer(rows.size());
            if (!footer.isEmpty()) lines.add(footer);
            return String.join("\n", lines);
        }

        protected abstract String header(List<String> columns);
        protected abstract String row(List<String> values);
        protected String footer(int count) { return ""; } // a hook with a default
    }

    static final class CsvExporter extends Exporter {
        protected String header(List<String> columns) { return row(columns); }
        protected String row(List<String> values) {
            return values.stream()
                .map(v -> v.matches("(?s).*[\",\n].*") ? '"' + v.replace("\"", "\"\"") + '"' : v)
                .collect(Collectors.joining(","));
        }
    }

    static final class MarkdownExporter extends Exporter {
        protected String header(List<String> columns) {
            return row(columns) + "\n" + row(columns.stream().map(c -> "---").toList());
        }
        protected String row(List<String> values) { return "| " + String.join(" | ", values) + " |"; }
        @Override protected String footer(int count) { return "(" + count + " rows)"; }
    }

    public static void main(String[] args) {
        var rows = List.of(Map.of("name", "Ada", "city", "London"), Map.of("name", "Linus", "city", "Helsinki, FI"));
        for (Exporter exporter : List.of(new CsvExporter(), new MarkdownExporter())) {
            System.out.println(exporter.export(List.of("name", "city"), rows) + "\n");
        }
    }
}
