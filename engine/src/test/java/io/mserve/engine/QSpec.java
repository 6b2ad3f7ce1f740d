package io.mserve.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import io.mserve.engine.value.ByteText;
import java.util.ArrayList;
import java.util.List;

/**
 * Specifications in q's own terms: q input runs in a fresh session as the REPL runs it
 * ({@link Session#execute}), and what the session prints is compared with what q prints, line
 * by line with trailing blanks ignored (as the conformance runner compares). Text is UTF-8, as
 * at a console: {@code count "é"} is 2.
 *
 * <pre>
 * assertPrints("1 2 3+1", "2 3 4");
 * assertSignals("1+`a", "type");
 * assertTranscript("""
 *     q)a:1 2 3
 *     q)a*2
 *     2 4 6
 *     """);
 * </pre>
 */
public final class QSpec {
    private static final String PROMPT = "q)";

    private QSpec() {}

    /** {@code input}, one console line, prints {@code expected} (several lines separated by \n). */
    public static void assertPrints(String input, String expected) {
        assertThat(normal(run(new Session(), input))).as("q)%s", input).isEqualTo(normal(expected));
    }

    /** {@code input} signals {@code error}, given with or without its quote: {@code "type"} or {@code "'type"}. */
    public static void assertSignals(String input, String error) {
        String want = error.startsWith("'") ? error : "'" + error;
        String[] got = normal(run(new Session(), input)).split("\n", -1);
        assertThat(got[0]).as("q)%s", input).isEqualTo(want);
    }

    /**
     * A console transcript, run in one session: each line starting with {@code q)} is an input,
     * and the lines after it, up to the next input, are what it prints (none after an assignment).
     */
    public static void assertTranscript(String transcript) {
        assertTranscript(new Session(), transcript);
    }

    /** As {@link #assertTranscript(String)}, in {@code session} (a test that also inspects the values it makes). */
    public static void assertTranscript(Session session, String transcript) {
        String input = null;
        List<String> expected = new ArrayList<>();
        for (String line : transcript.stripIndent().split("\n", -1)) {
            if (line.startsWith(PROMPT)) {
                check(session, input, expected);
                input = line.substring(PROMPT.length());
                expected.clear();
            } else if (input != null) {
                expected.add(line);
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException("a transcript starts with an input, q)...: " + line);
            }
        }
        check(session, input, expected);
    }

    private static void check(Session session, String input, List<String> expected) {
        if (input != null) {
            assertThat(normal(run(session, input))).as("q)%s", input).isEqualTo(normal(String.join("\n", expected)));
        }
    }

    // Input and output as a UTF-8 console has them: q reads the input's bytes and prints bytes.
    private static String run(Session session, String input) {
        return ByteText.unicode(session.execute(ByteText.of(input)));
    }

    // Lines right-trimmed, trailing empty lines dropped.
    private static String normal(String text) {
        String[] lines = text.split("\n", -1);
        int n = lines.length;
        while (n > 0 && lines[n - 1].isBlank()) {
            n--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : "\n").append(lines[i].stripTrailing());
        }
        return out.toString();
    }
}
