package io.mserve.launcher.secondary;

import io.mserve.launcher.config.CommandTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Commands and ports for tests that start real processes. */
public final class TestCommands {
    private TestCommands() {}

    /** The command template of a {@link TinySecondary}. */
    public static final List<String> TINY_TEMPLATE =
            List.of("{java}", "-cp", "{classpath}", TinySecondary.class.getName(), "{port}");

    /** The command of a {@link TinySecondary} on {@code port}. */
    public static List<String> tiny(int port) {
        return new CommandTemplate(TINY_TEMPLATE, "", Path.of("unused")).expand(1, "127.0.0.1", port);
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The first of {@code n} consecutive ports that are free on loopback just now. */
    public static int freePorts(int n) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                first = probe.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (first + n - 1 > 65_535) {
                continue;
            }
            boolean free = true;
            for (int port = first + 1; port < first + n && free; port++) {
                try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    free = true;
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free) {
                return first;
            }
        }
        throw new IllegalStateException("no " + n + " consecutive free ports");
    }

    /** Whether process {@code pid} runs (a zombie waiting to be reaped does not). */
    public static boolean running(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String state = stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
                return !state.equals("Z") && !state.equals("X");
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }
}
