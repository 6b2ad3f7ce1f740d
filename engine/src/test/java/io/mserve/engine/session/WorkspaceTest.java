package io.mserve.engine.session;

import static io.mserve.engine.QSpec.assertSignals;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The workspace: {@code -w}, {@code \w n}, and running out of heap ({@code 'wsfull}). */
class WorkspaceTest {
    @Test
    void aHeapTooSmallForTheQueryIsWsfullAndTheSessionCarriesOn() {
        Session s = new Session();
        assertThat(s.execute("til 2000000000")).isEqualTo("'wsfull");
        assertThat(s.execute("1+1")).isEqualTo("2");
    }

    @Test
    void goingOverTheMinusWLimitAfterACollectionIsReported() throws Exception {
        CountDownLatch over = new CountDownLatch(1);
        Workspace w = new Workspace(over::countDown);
        try {
            w.limit(1); // 1MB: any JVM heap is over it
            System.gc();
            assertThat(over.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(w.stats().toString()).isNotNull();
        } finally {
            w.close();
        }
    }

    @Test
    void withMinusWTheLimitShowsInBackslashWAndBackslashWNChangesIt() {
        Session s = new Session();
        s.workspaceLimit(100_000);
        try {
            assertThat(s.execute("(system\"w\")3")).isEqualTo(Long.toString(100_000L << 20));
            assertThat(s.execute("\\w 128")).isEqualTo("134217728");
            assertThat(s.execute("(system\"w\")3")).isEqualTo("134217728");
        } finally {
            s.close();
        }
    }

    @Test
    void backslashWZeroAndOneCountInternedSymbolsWhichTheEngineDoesNotHave() {
        assertSignals("\\w 0", "nyi");
    }
}
