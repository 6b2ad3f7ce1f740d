package io.mserve.engine.ops.compare;

import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import io.mserve.ipc.value.SymbolVector;
import org.junit.jupiter.api.Test;

/** {@code =} and {@code <>} between an enumerated symbol vector and a symbol answer item by item as q does (ref/equal.md). */
class EnumeratedEqualsTest {
    @Test
    void anEnumeratedVectorComparedWithASymbolAnswersEachItem() {
        Session session = new Session();
        session.execute("x:`c`a`b 16#2 1 2 0");
        assertThat(((SymbolVector) session.evaluate("x")).enumeration()).isNotNull();
        assertTranscript(session, """
                q)x
                `b`a`b`c`b`a`b`c`b`a`b`c`b`a`b`c
                q)x=`b
                1010101010101010b
                q)`b=x
                1010101010101010b
                q)x<>`b
                0101010101010101b
                q)x=`z
                0000000000000000b
                q)x=`
                0000000000000000b
                q)(x,`)=`
                00000000000000001b
                """);
    }
}
