package io.mserve.engine.ops.list;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Set Attribute {@code #}, docs/ref/set-attribute.md: what each asserts, and what an append in memory keeps. */
class AttributeTest {

    @Test
    void eachAttributeChecksWhatItAsserts() {
        assertPrints("`s#1 2 3", "`s#1 2 3");
        assertPrints("`#`s#1 2 3", "1 2 3");
        assertSignals("`s#3 2 1", "s-fail");
        assertSignals("`u#1 1", "u-fail");
        assertSignals("`p#1 2 1", "u-fail");
        assertPrints("`p#2 2 2 1 1 4 4 4 4 3 3", "`p#2 2 2 1 1 4 4 4 4 3 3");
        assertPrints("2,`p#2 2 2 1 1 4 4 4 4 3 3", "2 2 2 2 1 1 4 4 4 4 3 3");
    }

    @Test
    void sortedOnATableIsPartedOnItsFirstColumn() {
        assertPrints("meta `s#([] ti:00:00:00 00:00:01 00:00:03; v:98 98 100.)", """
            c | t f a
            --| -----
            ti| v   p
            v | f""");
    }

    @Test
    void aSortedDictionaryReportsItsAttribute() {
        assertPrints("attr `s#`a`b!1 2", "`s");
        assertPrints("attr `a`b!1 2", "`");
    }

    @Test
    void appendInMemoryKeepsSortedUniqueAndGroupedWhereTheyStillHold() {
        assertTranscript("""
            q)x:`s#1 2 3
            q)x,:4
            q)attr x
            `s
            q)x,:0
            q)attr x
            `
            q)u:`u#1 2
            q)u,:3
            q)attr u
            `u
            q)u,:1
            q)attr u
            `
            q)g:`g#1 2
            q)g,:1
            q)attr g
            `g
            q)p:`p#1 1 2
            q)p,:2
            q)attr p
            `
            """);
    }

    @Test
    void insertAndUpsertKeepColumnAttributesThatStillHold() {
        assertTranscript("""
            q)t:([]time:`s#09:00 09:01;sym:`g#`a`b;p:`u#1 2)
            q)`t insert (09:02;`c;3)
            ,2
            q)meta t
            c   | t f a
            ----| -----
            time| u   s
            sym | s   g
            p   | j   u
            q)`t upsert (09:01;`c;3)
            `t
            q)meta t
            c   | t f a
            ----| -----
            time| u
            sym | s   g
            p   | j
            """);
    }
}
