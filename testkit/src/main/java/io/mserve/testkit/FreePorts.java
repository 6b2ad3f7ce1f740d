package io.mserve.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Loopback ports for secondaries a test's primary starts. A primary on an ephemeral port puts
 * its secondaries on the ports after it, which other tests may hold; these come from a range
 * the operating system does not hand out as ephemeral ports, and are checked free first.
 */
public final class FreePorts {
    private static final int LOW = 20_000;
    private static final int HIGH = 30_000;

    private FreePorts() {}

    /** The first of {@code n} consecutive ports that were free a moment ago. */
    public static int consecutive(int n) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(LOW, HIGH - n);
            if (allFree(base, n)) {
                return base;
            }
        }
        throw new IllegalStateException("no " + n + " consecutive free ports in " + LOW + ".." + HIGH);
    }

    private static boolean allFree(int base, int n) {
        for (int port = base; port < base + n; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
