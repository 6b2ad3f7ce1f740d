package io.mserve.engine.cli;

import io.mserve.engine.session.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A server's first queries at full speed: on a low-priority thread and in a session of its own, a
 * server runs {@code warmup.q} at start-up: it makes small tables of its own and a list of queries that go
 * through the engine's kernels generically (each aggregate over each numeric type by each key type, each
 * comparison in a where phrase, sorts, joins...), then runs that list a few times, so that the JIT has
 * compiled the kernels' loops before a client's first query reaches them. It shares no value with the server's session; it leaves only the symbols it interned.
 * {@code -Dmserve.warmup=false} turns it off (a cold server, e.g. to measure first runs without it).
 */
final class Warmup {
    private static final int ROUNDS = 3;

    private Warmup() {}

    static void start() {
        if (!enabled(System.getProperty("mserve.warmup"))) {
            return;
        }
        Thread t = new Thread(Warmup::run, "q-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Whether the value of {@code mserve.warmup} (null when unset) asks for the warm-up. */
    static boolean enabled(String property) {
        return property == null || !property.equalsIgnoreCase("false");
    }

    private static void run() {
        List<String> lines = lines();
        Session session = new Session();
        try {
            for (String line : lines.subList(0, lines.size() - 1)) {
                session.execute(line);
            }
            for (int round = 0; round < ROUNDS; round++) {
                session.execute(lines.get(lines.size() - 1));
            }
        } finally {
            session.close();
        }
    }

    /** warmup.q's statements: the last runs the queries, the others make the tables and the queries. */
    static List<String> lines() {
        try (InputStream in = Warmup.class.getResourceAsStream("warmup.q")) {
            String script = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return script.lines().filter(l -> !l.isBlank() && !l.startsWith("/")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
