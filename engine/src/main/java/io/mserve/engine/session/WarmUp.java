package io.mserve.engine.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What a q server does once before it listens, so that its clients' first queries run about as fast as their later
 * ones: runs a bundled script ({@code warm-up.q}) of the q-SQL forms kdb+ users write over trade and quote tables of
 * its own, in a session of its own that is then dropped. A JVM runs a loop interpreted until it has been through it
 * some 100,000 times, and loads and links a class when it is first used: without this, each form's first query paid
 * tens of milliseconds for it (engine README, "Speed and memory of in-memory q-SQL"). Nothing of it stays in the
 * server's session.
 */
public final class WarmUp {
    private static final String SCRIPT = "warm-up.q";

    private WarmUp() {}

    /**
     * Runs the warm-up.
     *
     * @throws RuntimeException a statement's error (the script is the engine's own: an error is the engine's defect)
     */
    public static void run() {
        Session session = new Session();
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.ISO_8859_1);
        session.output(discard, discard);
        try {
            for (Scripts.Statement statement : Scripts.statements(script())) {
                session.evaluate(statement.text());
            }
        } finally {
            session.close();
        }
    }

    private static String script() {
        try (InputStream in = WarmUp.class.getResourceAsStream(SCRIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
