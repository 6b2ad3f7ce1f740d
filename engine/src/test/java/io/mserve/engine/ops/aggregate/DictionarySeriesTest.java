package io.mserve.engine.ops.aggregate;

import static io.mserve.engine.QSpec.assertPrints;

import org.junit.jupiter.api.Test;

/** Each-prior, running and moving functions on dictionaries act on the values and keep the keys (docs/ref/maps.md, docs/ref/msum.md). */
class DictionarySeriesTest {

    @Test
    void eachPriorOfADictionaryKeepsItsKeys() {
        assertPrints("1950 -': `S`J`C!1952 1954 1960", """
            S| 2
            J| 2
            C| 6""");
        assertPrints("(-':) `S`J`C!1952 1954 1960", """
            S| 1952
            J| 2
            C| 6""");
    }

    @Test
    void movingAndRunningFunctionsOfADictionaryKeepItsKeys() {
        assertPrints("2 msum `a`b`c!1 2 3", """
            a| 1
            b| 3
            c| 5""");
        assertPrints("sums `a`b`c!1 2 3", """
            a| 1
            b| 3
            c| 6""");
        assertPrints("differ `a`b`c!1 1 2", """
            a| 1
            b| 0
            c| 1""");
    }
}
