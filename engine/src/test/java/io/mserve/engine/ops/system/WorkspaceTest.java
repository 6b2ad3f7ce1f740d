package io.mserve.engine.ops.system;

import static io.mserve.engine.QSpec.assertPrints;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import org.junit.jupiter.api.Test;

/** {@code .Q.w .Q.gc .Q.ts \ts}: the JVM's figures in q's shapes (the mapping is in the engine README). */
class WorkspaceTest {
    @Test
    void memoryStatisticsAreEightLongsInQsOrder() {
        assertPrints("key .Q.w[]", "`used`heap`peak`wmax`mmap`mphy`syms`symw");
        assertPrints("type value .Q.w[]", "7h");
        assertPrints("w:.Q.w[];(w[`used]<=w`heap),(w[`heap]<=w`peak),(0<w`mphy),(0<w`syms),0=w`mmap", "11111b");
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
}
