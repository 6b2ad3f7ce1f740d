package io.mserve.engine.ops.aggregate;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;

import org.junit.jupiter.api.Test;

/** {@code all} and {@code any}, docs/ref/all-any.md: strings are cast to boolean, only the NUL char being false. */
class AllAnyTest {

    @Test
    void stringsCountEveryCharButNulAsTrue() {
        assertPrints("all \"YNYN\"", "1b");
        assertPrints("all \" \\000\"", "0b");
        assertPrints("any \" \\000\"", "1b");
        assertPrints("any \"\\000\\000\"", "0b");
        assertPrints("all \"\"", "1b");
    }

    @Test
    void symbolsAreATypeError() {
        assertSignals("all `a`b", "type");
        assertSignals("any `a`b", "type");
    }
}
