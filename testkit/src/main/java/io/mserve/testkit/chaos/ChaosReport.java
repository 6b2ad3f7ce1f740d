package io.mserve.testkit.chaos;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one chaos run. Every query sent is exactly one of: answered correctly, answered
 * with an error, abandoned (its client vanished), misrouted, never answered.
 *
 * @param plan             what the run did
 * @param secondaries      secondaries in the primary
 * @param sent             queries the clients sent
 * @param correct          replies that were exactly the query's own, in the client's order
 * @param diedTwice        {@code 'mserve: secondary died running this query ...}
 * @param timeout          {@code 'timeout}
 * @param queueFull        {@code 'mserve: queue full}
 * @param otherErrors      any other error
 * @param abandoned        outstanding when their client vanished (no reply owed)
 * @param misrouted        a reply that was not the query's own (another query's, or out of order)
 * @param neverAnswered    owed and not received by the end of the drain
 * @param kills            SIGKILLs sent to secondaries
 * @param hangs            {@code hang} queries sent
 * @param hangsTimedOut    of those, answered {@code 'timeout} (their secondary then restarted after {@code kill-after})
 * @param hangsDiedTwice   of those, answered died-twice (the secondaries they hung were killed)
 * @param vanished         clients that closed their socket with queries outstanding
 * @param replaceMillis    for each kill, milliseconds from the SIGKILL until the secondary was up again, sorted
 * @param otherSamples     a few texts of the other errors
 */
public record ChaosReport(ChaosPlan plan, int secondaries, long sent, long correct, long diedTwice, long timeout,
        long queueFull, long otherErrors, long abandoned, long misrouted, long neverAnswered, long kills, long hangs,
        long hangsTimedOut, long hangsDiedTwice, long vanished, List<Long> replaceMillis, List<String> otherSamples) {

    public ChaosReport {
        replaceMillis = List.copyOf(replaceMillis);
        otherSamples = List.copyOf(otherSamples);
    }

    public long errors() {
        return diedTwice + timeout + queueFull + otherErrors;
    }

    /** Whether every query sent is accounted for exactly once. */
    public boolean balanced() {
        return sent == correct + errors() + abandoned + misrouted + neverAnswered;
    }

    /** The figures as a markdown table. */
    public String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("| chaos run | |\n|---|---|\n");
        row(table, "duration, secondaries, clients × pipelined", String.format(Locale.ROOT, "%d s, %d, %d × %d",
                plan.duration().toSeconds(), secondaries, plan.clients(), plan.depth()));
        row(table, "queries sent", sent);
        row(table, "answered correctly", correct);
        row(table, "answered with an error: secondary died twice", diedTwice);
        row(table, "answered with an error: timeout", timeout);
        row(table, "answered with an error: queue full", queueFull);
        row(table, "answered with an error: other", otherErrors);
        row(table, "abandoned (their client vanished)", abandoned);
        row(table, "**misrouted**", misrouted);
        row(table, "**never answered**", neverAnswered);
        row(table, "secondaries killed (SIGKILL)", kills);
        row(table, "hung queries: sent / answered 'timeout (secondary restarted) / died twice", hangs + " / "
                + hangsTimedOut + " / " + hangsDiedTwice);
        row(table, "clients vanished mid-query", vanished);
        row(table, "time to replace a killed secondary, min / median / max", replaceMillis.isEmpty() ? "-"
                : String.format(Locale.ROOT, "%d / %d / %d ms (%d replaced)", replaceMillis.get(0),
                        replaceMillis.get(replaceMillis.size() / 2), replaceMillis.get(replaceMillis.size() - 1),
                        replaceMillis.size()));
        return table.toString();
    }

    private static void row(StringBuilder table, String measure, Object value) {
        table.append("| ").append(measure).append(" | ").append(value).append(" |\n");
    }

    @Override
    public String toString() {
        return markdown();
    }
}
