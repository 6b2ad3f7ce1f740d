package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertPrints;

import org.junit.jupiter.api.Test;

/** Data on the left of {@code /:} and {@code \:}: with one argument they are {@code sv} and {@code vs} (docs/ref/maps.md). */
class DataIteratorTest {

    @Test
    void dataEachRightOfOneArgumentJoinsWithSv() {
        assertPrints("(\", \"/:)(\"quick\";\"brown\";\"foxes\")", "\"quick, brown, foxes\"");
        assertPrints("(10/:)1 2 3 4", "1234");
    }

    @Test
    void dataEachLeftOfOneArgumentSplitsWithVs() {
        assertPrints("(0x0\\:)3.14156", "0x400921ea35935fc4");
        assertPrints("(10\\:)1234", "1 2 3 4");
    }

    @Test
    void dataWithTwoArgumentsStillIndexesEachSide() {
        assertPrints("m:(\"abcd\";\"efgh\";\"ijkl\");0 1 m/:2 3", """
            "cg"
            "dh\"""");
    }
}
