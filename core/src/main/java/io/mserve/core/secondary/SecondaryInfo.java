package io.mserve.core.secondary;

import java.util.OptionalLong;

/**
 * Who a secondary is: its stable number, where it listens and, when the primary started it,
 * its process id.
 */
public record SecondaryInfo(int id, String host, int port, OptionalLong pid) {

    public SecondaryInfo {
        if (id < 1) {
            throw new IllegalArgumentException("secondary ids start at 1: " + id);
        }
    }

    /** {@code host:port}, as a kdb+ user writes an address. */
    public String address() {
        return host + ":" + port;
    }
}
