import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.*; // HttpClient, HttpRequest, HttpResponse
import java.nio.charset.StandardCharsets;
import java.util.Map;

public class Main {
    static final Map<Integer, String> TITLES = Map.of(1, "Dune", 2, "Say \"hi\"");

    static String bookJson(int id, String title) { // no JSON in the JDK: real code uses Jackson etc.
        return "{\"id\":" + id + ",\"title\":\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (var out = ex.getResponseBody()) { out.write(body); }
    }

    static void handle(HttpExchange ex) throws IOException { // GET /books/{id}
        String path = ex.getRequestURI().getPath();
        Integer id = path.matches("/books/\\d{1,9}") ? Integer.valueOf(path.substring(7)) : null;
        if (!ex.getRequestMethod().equals("GET")) send(ex, 405, "{\"error\":\"method not allowed\"}");
        else if (id == null || !TITLES.containsKey(id)) send(ex, 404, "{\"error\":\"book not found\"}");
        else send(ex, 200, bookJson(id, TITLES.get(id)));
    }

    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/books", Main::handle);
        server.start();
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String[][] calls = {{"GET", "/books/2"}, {"GET", "/books/99"}, {"GET", "/books/abc"}, {"DELETE", "/books/1"}};
        try {
            for (String[] call : calls) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(base + call[1]))
                        .method(call[0], HttpRequest.BodyPublishers.noBody()).build();
                HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
                System.out.println(call[0] + " " + call[1] + " -> " + res.statusCode() + " " + res.body());
            }
        } finally {
            server.stop(0); // always release the port, even if a call throws
        }
    }
}
