package io.mserve.engine.ops.search;

import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import io.mserve.ipc.value.SymbolVector;
import org.junit.jupiter.api.Test;

/**
 * {@code group}, {@code distinct}, {@code ?} and {@code in} over an enumerated symbol vector give q's answers, in order of first
 * appearance, not of the domain (ref/group.md, ref/distinct.md, ref/find.md, ref/in.md).
 */
class EnumeratedGroupsTest {
    @Test
    void groupAndDistinctFollowFirstAppearanceNotTheDomain() {
        Session session = new Session();
        session.execute("s:`c`a`b");
        session.execute("x:s 16#2 1 2 0");
        assertThat(((SymbolVector) session.evaluate("x")).enumeration().domain()).containsExactly("c", "a", "b");
        assertTranscript(session, """
                q)distinct x
                `b`a`c
                q)group x
                b| 0 2 4 6 8 10 12 14
                a| 1 5 9 13
                c| 3 7 11 15
                q)x?`a`c`z
                1 3 16
                q)distinct s (til 20) mod 2
                `c`a
                q)x in `a`c
                0101010101010101b
                q)`a`c`b?x
                2 0 2 1 2 0 2 1 2 0 2 1 2 0 2 1
                q)`a`b?x
                1 0 1 2 1 0 1 2 1 0 1 2 1 0 1 2
                q)count each group `$string x
                b| 8
                a| 4
                c| 4
                """);
    }
}
