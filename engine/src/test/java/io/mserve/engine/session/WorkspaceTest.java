package io.mserve.engine.session;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The workspace: {@code -w}, {@code \w n}, {@code .Q.w .Q.gc .Q.ts}, and running out of heap ({@code 'wsfull}). */
class WorkspaceTest {
    @Test
    void memoryStatisticsAreEightLongsInQsOrder() {
        assertPrints("key .Q.w[]", "`used`heap`peak`wmax`mmap`mphy`syms`symw");
        assertPrints("type value .Q.w[]", "7h");
        // mmap counts the process's mapped column files, which other sessions in this JVM may hold
        assertPrints("w:.Q.w[];(w[`used]<=w`heap),(w[`used]<=w`peak),(0<w`mphy),(0<w`syms),(w[`syms]<w`symw),0<=w`mmap", "111111b");
    }

    @Test
    void collectingGarbageReturnsTheBytesGivenBack() {
        assertPrints("type .Q.gc[]", "-7h");
        assertPrints("0<=.Q.gc[0]", "1b");
    }

    @Test
    void timeAndSpaceOfAnApplication() {
        assertPrints("last .Q.ts[+;2 3]", "5");
        assertPrints("type first .Q.ts[+;2 3]", "7h");
        assertPrints("count first .Q.ts[{x};enlist 1]", "2");
        Session q = new Session();
        String[] ts = q.execute("first .Q.ts[{til x};enlist 1000000]").split(" ");
        assertThat(Long.parseLong(ts[1])).isGreaterThanOrEqualTo(8_000_000L);
        String[] sys = q.execute("\\ts til 1000000").split(" ");
        assertThat(Long.parseLong(sys[1])).isGreaterThanOrEqualTo(8_000_000L);
    }

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
    void backslashWZeroAndOneCountTheInternedSymbolsAndTheirBytes() {
        assertPrints("type system\"w 0\"", "7h");
        assertPrints("count system\"w 1\"", "2");
        assertPrints("(system\"w 0\")~value[.Q.w[]]6 7", "1b");
        assertTranscript("""
            q)n:first system"w 0"
            q)s:`$"aSymbolNoOtherTestMakes"
            q)n<first system"w 0"
            1b
            """);
    }

    @Test
    void tooLargeANumberFallsBackToBackslashWZero() {
        assertPrints("(system\"w 1000000000000\")~system\"w 0\"", "1b");
    }

    @Test
    void withoutMinusWTheLimitReportedIsTheJvmsLargestHeap() {
        assertPrints("(system\"w\")3", Long.toString(Runtime.getRuntime().maxMemory()));
        assertPrints("w:system\"w\"; (w[0]<=w 1),(w[1]<=w 3),w[2]>=w 0", "111b");
    }
}
