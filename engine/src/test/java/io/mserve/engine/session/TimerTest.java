package io.mserve.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The timer ({@code \t N}, {@code .z.ts}): ticks run on the session's thread, between inputs, never beside one. */
class TimerTest {
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
        Thread.sleep(400);
        q("\\t 0");
        String n = q("count ticks");
        assertThat(Integer.parseInt(n)).isBetween(5, 21);
        // due times are whole periods apart, and GMT: close to .z.p
        assertThat(q("all 0=(1_deltas ticks) mod 20000000")).isEqualTo("1b");
        assertThat(q("abs[.z.p-last ticks]<0D00:00:01")).isEqualTo("1b");
        Thread.sleep(100);
        assertThat(q("count ticks")).as("\\t 0 stops the timer").isEqualTo(n);
    }

    @Test
    void aTickWaitsForTheInputRunningAndNeverRunsBesideIt() throws Exception {
        q(".z.ts:{ticks+:1}");
        q("ticks:0");
        q("\\t 10");
        // a 300ms input: ticks due meanwhile wait, and a slow input does not pile them up
        assertThat(q("t0:ticks;system\"sleep 0.3\";ticks=t0")).isEqualTo("1b");
        Thread.sleep(100);
        assertThat(Integer.parseInt(q("ticks"))).isPositive();
    }

    @Test
    void whatATickShowsGoesToTheConsoleAndItsErrorsDoNotStopTheTimer() throws Exception {
        q(".z.ts:{show `tick; '`oops}");
        q("\\t 20");
        Thread.sleep(200);
        q("\\t 0");
        String out = shown.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("`tick\n'oops");
        assertThat(out.split("`tick", -1).length).isGreaterThan(3);
    }

    @Test
    void withoutDotZtsTicksDoNothing() throws Exception {
        q("\\t 10");
        Thread.sleep(100);
        assertThat(q("1+1")).isEqualTo("2");
        assertThat(shown.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aSessionWithoutAThreadKeepsTheIntervalButNeverTicks() throws Exception {
        Session alone = new Session();
        AtomicBoolean ticked = new AtomicBoolean();
        alone.execute(".z.ts:{ticked::1b}");
        alone.execute("\\t 10");
        Thread.sleep(100);
        assertThat(alone.execute("\\t")).isEqualTo("10");
        assertThat(alone.execute("@[value;`ticked;0b]")).isEqualTo("0b");
        assertThat(ticked).isFalse();
        alone.close();
    }
}
