package io.mserve.launcher.secondary;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A test-only stand-in for a primary's JVM: starts one {@link TinySecondary} through
 * {@link SecondaryProcess}, waits until it answers the handshake, prints {@code pid <n>} and
 * waits to be killed.
 */
public final class ShortLivedPrimary {
    private ShortLivedPrimary() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        SecondaryProcess child = SecondaryProcess.start("orphan", TestCommands.tiny(port), 20);
        new HandshakeProbe("mserve:").await("127.0.0.1", port, Duration.ofSeconds(30), child.onExit(), null);
        System.out.println("pid " + child.pid());
        System.out.flush();
        new CompletableFuture<Void>().get();
    }

    static List<String> command(int port) {
        return List.of(TestCommands.java(), "-cp", System.getProperty("java.class.path"),
                ShortLivedPrimary.class.getName(), Integer.toString(port));
    }
}
