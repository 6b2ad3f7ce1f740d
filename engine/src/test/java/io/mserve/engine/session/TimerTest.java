package io.mserve.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The timer ({@code \t N}, {@code .z.ts}): ticks run on the session's thread, between inputs, never beside one. */
class TimerTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** How long to watch for a tick that must not come: five periods of the 20 ms timer. */
    private static final Duration FIVE_PERIODS = Duration.ofMillis(100);
    private final ExecutorService sessionThread = Executors.newSingleThreadExecutor();
    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
    private final Session session = new Session();

    TimerTest() {
        session.runsOn(sessionThread);
        session.output(new PrintStream(shown, true, StandardCharsets.UTF_8), System.err);
    }

    @AfterEach
    void stop() {
        session.close();
        sessionThread.shutdownNow();
    }

    private String q(String input) throws Exception {
        return sessionThread.submit(() -> session.execute(input)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void eachTickCallsDotZtsWithTheTimeItWasDue() throws Exception {
        q(".z.ts:{ticks,:x}");
        q("ticks:0#.z.p");
        q("\\t 20");
        await().atMost(PATIENCE).until(() -> Integer.parseInt(q("count ticks")) >= 5);
        q("\\t 0");
        String n = q("count ticks");
        // due times are whole periods apart, and GMT: close to .z.p
        assertThat(q("all 0=(1_deltas ticks) mod 20000000")).isEqualTo("1b");
        assertThat(q("abs[.z.p-last ticks]<0D00:00:01")).isEqualTo("1b");
        await().during(FIVE_PERIODS).atMost(PATIENCE).until(() -> q("count ticks").equals(n));
    }

    @Test
    void aTickWaitsForTheInputRunningAndNeverRunsBesideIt() throws Exception {
        q(".z.ts:{ticks+:1}");
        q("ticks:0");
        q("\\t 10");
        // a 300ms input: ticks due meanwhile wait, and a slow input does not pile them up
        assertThat(q("t0:ticks;system\"sleep 0.3\";ticks=t0")).isEqualTo("1b");
        await().atMost(PATIENCE).until(() -> Integer.parseInt(q("ticks")) > 0);
    }

    @Test
    void whatATickShowsGoesToTheConsoleAndItsErrorsDoNotStopTheTimer() throws Exception {
        q(".z.ts:{show `tick; '`oops}");
        q("\\t 20");
        await().atMost(PATIENCE).until(() -> shown.toString(StandardCharsets.UTF_8).split("`tick", -1).length > 3);
        q("\\t 0");
        assertThat(shown.toString(StandardCharsets.UTF_8)).contains("`tick\n'oops");
    }

    @Test
    void withoutDotZtsTicksDoNothing() throws Exception {
        q("\\t 10");
        await().during(FIVE_PERIODS).atMost(PATIENCE).until(() -> q("1+1").equals("2") && shown.size() == 0);
    }

    @Test
    void aSessionWithoutAThreadKeepsTheIntervalButNeverTicks() throws Exception {
        Session alone = new Session();
        alone.execute(".z.ts:{ticked::1b}");
        alone.execute("\\t 10");
        await().during(FIVE_PERIODS).atMost(PATIENCE).until(() -> alone.execute("@[value;`ticked;0b]").equals("0b"));
        assertThat(alone.execute("\\t")).isEqualTo("10");
        alone.close();
    }
}
