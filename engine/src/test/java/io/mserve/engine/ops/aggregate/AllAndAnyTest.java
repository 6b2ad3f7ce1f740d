package io.mserve.engine.ops.aggregate;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** all and any: whether every or some item is non-zero; of nothing, all is true and any false (ref/all-any.md). */
class AllAndAnyTest {

    @Test
    void allIsTrueWhenNoItemIsZero() {
        assertTranscript("""
            q)all 11b
            1b
            q)all 10b
            0b
            q)all 1 0f
            0b
            q)all 1 2f
            1b
            """);
    }

    @Test
    void anyIsTrueWhenSomeItemIsNotZero() {
        assertTranscript("""
            q)any 0 0 3
            1b
            q)any 0
            0b
            """);
    }

    @Test
    void ofNothingAllIsTrueAndAnyIsFalse() {
        assertTranscript("""
            q)all 0#0b
            1b
            q)any 0#0b
            0b
            """);
    }

    @Test
    void ofAListOfListsTheyCombineItemByItem() {
        assertTranscript("""
            q)any (01b;10b)
            11b
            q)all (01b;11b)
            01b
            q)any (0 1;0 0)
            01b
            q)e:([]c:("ams";"lon";"amS";"bar"))
            q)select from e where any c like/:("lon";"am*")
            c
            -----
            "ams"
            "lon"
            "amS"
            """);
    }

    @Test
    void symbolsAreNotFlags() {
        assertSignals("all enlist `a", "type");
    }
}
