package io.mserve.testkit;

import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The behaviour of fake secondary processes, scripted by each query's own text: steps separated
 * by {@code ;}, e.g. {@code "sleep 50; reply done"}.
 * <ul>
 *   <li>{@code sleep MS} — hold the secondary for MS milliseconds first;</li>
 *   <li>{@code burn MS} — keep a CPU busy for MS milliseconds first;</li>
 *   <li>{@code reply TEXT} — answer the string TEXT;</li>
 *   <li>{@code til N} — answer the longs 0..N-1;</li>
 *   <li>{@code bytes N} — answer N bytes, item i being {@code (byte) i}, streamed (N up to 2,147,483,633);</li>
 *   <li>{@code who} — answer {@code "secondary ID"};</li>
 *   <li>{@code fail TEXT} — answer the error {@code 'TEXT};</li>
 *   <li>{@code hang} — never answer; {@code crash} — die;</li>
 *   <li>anything else — answer the query itself (a string echoes as that string).</li>
 * </ul>
 */
public final class QueryScript implements Behaviour {
    private final int id;

    /** @param id the secondary's number, for {@code who} */
    public QueryScript(int id) {
        this.id = id;
    }

    @Override
    public Action on(Query query) {
        String text = query.text();
        if (text.isEmpty()) {
            return new Action.Answer(query.value());
        }
        try {
            String[] steps = text.split(";");
            Action action = last(steps[steps.length - 1].trim(), query);
            for (int i = steps.length - 2; i >= 0; i--) {
                action = before(steps[i].trim(), action);
            }
            return action;
        } catch (IllegalArgumentException e) {
            return new Action.Fail("script: " + e.getMessage());
        }
    }

    private static Action before(String step, Action then) {
        String[] words = step.split("\\s+", 2);
        return switch (words[0]) {
            case "sleep" -> new Action.Pause(Duration.ofMillis(Long.parseLong(words[1])), then);
            case "burn" -> new Action.Burn(Duration.ofMillis(Long.parseLong(words[1])), then);
            default -> throw new IllegalArgumentException("a script step before the last must be sleep or burn: " + step);
        };
    }

    private Action last(String step, Query query) {
        String[] words = step.split("\\s+", 2);
        String argument = words.length > 1 ? words[1] : "";
        return switch (words[0]) {
            case "reply" -> new Action.Answer(string(argument));
            case "til" -> new Action.Answer(til(count(argument)));
            case "bytes" -> new Action.Bytes(byteCount(argument));
            case "who" -> new Action.Answer(string("secondary " + id));
            case "fail" -> new Action.Fail(argument);
            case "hang" -> new Action.Hang();
            case "crash" -> new Action.Crash();
            case "sleep", "burn" -> before(step, new Action.Answer(string("done")));
            default -> new Action.Answer(query.value());
        };
    }

    /** Most items {@code til} answers: a script must not make a fake exhaust its heap. */
    static final int MAX_TIL = 10_000_000;

    private static int count(String argument) {
        int n = Integer.parseInt(argument);
        if (n < 0 || n > MAX_TIL) {
            throw new IllegalArgumentException("til wants 0.." + MAX_TIL + ", not " + n);
        }
        return n;
    }

    /** Most bytes {@code bytes} answers: the largest vector a message of capability 3 holds. */
    static final int MAX_BYTES = Integer.MAX_VALUE - 14;

    private static int byteCount(String argument) {
        long n = Long.parseLong(argument);
        if (n < 0 || n > MAX_BYTES) {
            throw new IllegalArgumentException("bytes wants 0.." + MAX_BYTES + ", not " + n);
        }
        return (int) n;
    }

    static ByteVector string(String text) {
        return new ByteVector(QType.CHAR, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static LongVector til(int n) {
        long[] items = new long[n];
        for (int i = 0; i < n; i++) {
            items[i] = i;
        }
        return new LongVector(QType.LONG, items);
    }
}
