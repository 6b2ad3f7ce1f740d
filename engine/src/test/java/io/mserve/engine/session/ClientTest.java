package io.mserve.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import org.junit.jupiter.api.Test;

/** What a client's message may do ({@code -b}, {@code -u}, {@code -T}) and what it sees ({@code .z.w .z.u .z.a}). */
class ClientTest {
    private final Session session = new Session();

    private String asClient(String q) {
        return session.asClient(7, "alice", 0x7f000001, true, () -> session.execute(q));
    }

    @Test
    void whileAClientsMessageRunsDotZwuaAreTheClients() {
        assertThat(asClient("(.z.w;.z.u;.z.a)")).isEqualTo("7i\n`alice\n2130706433i");
        assertThat(session.execute(".z.w")).isEqualTo("0i");
        assertThat(session.execute(".z.u")).isNotEqualTo("`alice");
    }

    @Test
    void withMinusBAClientMayNotUpdateGlobalsButTheConsoleMay() {
        session.execute("t:([]c:1 2)");
        session.blockWrites();
        assertThat(asClient("a:1")).isEqualTo("'noupdate");
        assertThat(asClient("`t insert 3")).isEqualTo("'noupdate");
        assertThat(asClient("count t")).isEqualTo("2");
        assertThat(asClient("{b:x+1;b}1")).as("locals are no update").isEqualTo("2");
        assertThat(asClient(".z.r")).isEqualTo("1b");
        assertThat(session.execute("a:1")).isEmpty();
        assertThat(session.execute("\\_")).isEqualTo("1b");
        assertThat(session.execute(".z.r")).isEqualTo("0b");
    }

    @Test
    void withMinusUAClientMayNotRunSystemCommandsOrExit() {
        session.restrictClients();
        assertThat(asClient("\\a")).isEqualTo("'access");
        assertThat(asClient("system\"echo hi\"")).isEqualTo("'access");
        session.exitAction(code -> {
            throw new AssertionError("a client ended the process");
        });
        assertThat(asClient("exit 0")).isEqualTo("'access");
        assertThat(session.execute("\\a")).isEqualTo("`symbol$()");
    }

    @Test
    void withMinusTAClientsQueryRunningTooLongIsStopped() {
        session.execute("\\T 1");
        long start = System.nanoTime();
        assertThat(asClient("{while[1b;]}[]")).isEqualTo("'stop");
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(900L, 5000L);
        assertThat(asClient("1+1")).as("the next query is not stopped").isEqualTo("2");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void withMinusTADoLoopOrAConvergeThatNeverEndsIsStoppedToo() {
        // found by the fuzzer (SessionFuzzTest): do[0Wi;0b;0b] ran on past -T
        session.execute("\\T 1");
        assertThat(asClient("do[0Wi;0b;0b]")).isEqualTo("'stop");
        // reciprocal/4 cycles 4 0.25 4f 0.25: 4f does not match 4, so Converge never ends
        assertThat(asClient("reciprocal/4")).isEqualTo("'stop");
        assertThat(asClient("0W reciprocal/4")).isEqualTo("'stop");
        assertThat(asClient("1+1")).isEqualTo("2");
    }

    @Test
    void theTimeoutIsNotTheConsolesNorAnUntimedCallbacks() throws Exception {
        session.execute("\\T 1");
        K r = session.asClient(7, "alice", 0, false, () -> session.evaluate("system\"sleep 1.2\";1"));
        assertThat(r).isEqualTo(Q.j(1));
        assertThat(session.execute("system\"sleep 1.2\";1")).isEqualTo("1");
    }

    @Test
    void aPasswordFileAdmitsOnlyItsUsers() {
        assertThat(session.admits("anyone", "")).as("no file: everyone").isTrue();
    }

    @Test
    void aMissingPasswordFileIsAnError() {
        try {
            session.passwords("/no/such/passwords", false);
            throw new AssertionError("read a missing file");
        } catch (QException e) {
            assertThat(e.text()).isEqualTo("/no/such/passwords: No such file or directory");
        }
    }
}
