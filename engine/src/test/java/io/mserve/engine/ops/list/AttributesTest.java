package io.mserve.engine.ops.list;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** x#y sets attribute x on y when y satisfies it, and attr reads it back (ref/set-attribute.md, ref/attr.md). */
class AttributesTest {

    @Test
    void anAttributeAVectorSatisfiesIsSetAndShown() {
        assertTranscript("""
            q)`s#1 2 2 3
            `s#1 2 2 3
            q)`u#`b`a
            `u#`b`a
            q)`p#2 2 1 1 4
            `p#2 2 1 1 4
            q)`g#2 1 2
            `g#2 1 2
            """);
    }

    @Test
    void anAttributeAVectorDoesNotSatisfyIsAnError() {
        assertSignals("`s#3 2 1", "s-fail");
        assertSignals("`u#1 1", "u-fail");
        assertSignals("`p#2 1 2", "u-fail");
        assertSignals("`g#(1;`a)", "type");
    }

    @Test
    void theEmptySymbolRemovesAnAttribute() {
        assertTranscript("""
            q)`#`s#1 2
            1 2
            """);
    }

    @Test
    void attrReadsTheAttributeOrTheEmptySymbol() {
        assertTranscript("""
            q)attr `u#1 2
            `u
            q)attr `s#enlist 1
            `s
            q)attr `g#enlist `a
            `g
            q)attr enlist 1
            `
            q)attr 1
            `
            """);
    }

    @Test
    void aSortedGeneralListKeepsItsItems() {
        assertTranscript("""
            q)attr `s#(enlist "a";enlist "b")
            `s
            q)(`s#(enlist "a";enlist "b"))~(enlist "a";enlist "b")
            1b
            """);
    }

    @Test
    void aSortedDictionaryHasSortedKeys() {
        assertTranscript("""
            q)`s#`a`b!1 2
            a| 1
            b| 2
            q)attr key `s#`a`b!1 2
            `s
            """);
        assertSignals("`s#`b`a!1 2", "s-fail");
    }

    @Test
    void sortingATableSetsPartedOnItsFirstColumn() {
        assertTranscript("""
            q)meta `s#([]a:1 1 2;b:5 6 0)
            c| t f a
            -| -----
            a| j   p
            b| j
            """);
        assertSignals("`s#([]a:1 1;b:6 5)", "s-fail");
    }
}
