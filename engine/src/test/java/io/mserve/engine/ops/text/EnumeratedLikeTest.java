package io.mserve.engine.ops.text;

import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import io.mserve.ipc.value.SymbolVector;
import org.junit.jupiter.api.Test;

/** {@code like} over an enumerated symbol vector matches each distinct symbol once and answers each row as q does (ref/like.md). */
class EnumeratedLikeTest {
    @Test
    void likeAnswersEachRowOfAnEnumeratedVectorAsOfThePlainOne() {
        Session session = new Session();
        session.execute("x:`tom`dick`harry (til 18) mod 3");
        session.execute("y:`$string x");
        assertThat(((SymbolVector) session.evaluate("x")).enumeration()).isNotNull();
        assertThat(((SymbolVector) session.evaluate("y")).enumeration()).isNull();
        assertTranscript(session, """
                q)x like "*ick"
                010010010010010010b
                q)y like "*ick"
                010010010010010010b
                q)x like "[ht]*"
                101101101101101101b
                q)(x where x<>`tom) like "d*"
                101010101010b
                """);
    }
}
