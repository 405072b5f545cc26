import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Main {
    // Base of this app's errors: one `catch (AppError e)` covers the whole family.
    static class AppError extends RuntimeException {
        AppError(String message) { super(message); }

        int status() { return 500; }

        Map<String, Object> toResponse() {
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("status", status()); // calls the subclass's override
            response.put("error", getMessage());
            return response;
        }
    }

    static class NotFound extends AppError {
        NotFound(String message) { super(message); }
        @Override int status() { return 404; }
    }

    static final class RateLimited extends AppError {
        private final int retryAfter;

        RateLimited(String message, int retryAfter) { super(message); this.retryAfter = retryAfter; }

        @Override int status() { return 429; }

        @Override
        Map<String, Object> toResponse() {
            Map<String, Object> response = super.toResponse(); // extend, don't copy
            response.put("retryAfter", retryAfter);
            return response;
        }
    }

    public static void main(String[] args) {
        for (AppError error : List.of(new NotFound("no user 42"), new RateLimited("slow down", 30))) {
            try {
                throw error;
            } catch (AppError e) {
                System.out.println(e.getClass().getSimpleName() + " " + e.toResponse());
            }
        }
    }
}
