package io.mserve.engine.ops.search;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;

import org.junit.jupiter.api.Test;

/** {@code in} with arguments of unlike types, docs/ref/in.md "Mixed argument types". */
class InTypesTest {

    @Test
    void anAtomOrOneItemOfAnotherNumericTypeIsComparedByValue() {
        assertPrints("1 2. in 2", "01b");
        assertPrints("1 2. in 1#2", "01b");
        assertPrints("2 in 2.", "1b");
    }

    @Test
    void aLongerOrEmptyListOfAnotherTypeIsATypeError() {
        assertSignals("1 2. in 0#2", "type");
        assertSignals("1 2. in 2#2", "type");
        assertSignals("1 in 1 2 3i", "type");
        assertSignals("`a in 1 2", "type");
    }

    @Test
    void listsOfTheSameTypeAndGeneralListsAreSearched() {
        assertPrints("1 5 in 1 2 3", "10b");
        assertPrints("`a in `a`b", "1b");
        assertPrints("1 in ()", "0b");
        assertPrints("1 2 in (1;`a)", "10b");
    }
}
