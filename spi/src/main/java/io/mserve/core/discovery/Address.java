package io.mserve.core.discovery;

/**
 * Where a secondary listens, as a kdb+ user writes it: {@code host:port}.
 *
 * @param host a name or an address (an IPv6 address without brackets: the port follows the last colon)
 * @param port 1..65535
 */
public record Address(String host, int port) {

    public Address {
        if (host == null || host.isBlank() || !host.strip().equals(host)) {
            throw new IllegalArgumentException("a secondary's host must be a name or an address, is \"" + host + "\"");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("a secondary's port must be in 1..65535, is " + port);
        }
    }

    /**
     * Reads {@code host:port}.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code text}
     */
    public static Address parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not host:port");
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not host:port: no port number after the last colon");
        }
        return new Address(text.substring(0, colon), port);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
