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
        int port;
        try {
            port = parsePort("80a");
        } catch (ConfigException e) {
            System.out.println(e.getMessage() + ", using 8080");
            port = 8080;
        }
        System.out.println("listening on " + port);
    }
}
