public class Main {
    static class ConfigException extends Exception {
        ConfigException(String message) {
            super(message);
        }
    }

    static int parsePort(String text) throws ConfigException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ConfigException("invalid port: " + text);
        }
    }

    public static void main(String[] args) {
        int port = parsePort("80a");
        System.out.println("listening on " + port);
    }
}
