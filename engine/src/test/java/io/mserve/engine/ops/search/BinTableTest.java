package io.mserve.engine.ops.search;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** {@code bin} and {@code binr} on dictionaries, tables and keyed tables, docs/ref/bin.md. */
class BinTableTest {

    @Test
    void binOfADictionaryGivesKeys() {
        assertPrints("(`a`b`c!0 2 4) bin -1 3", "``b");
    }

    @Test
    void binOfATableMatchesAllButTheLastColumnAndSearchesTheLast() {
        assertTranscript("""
            q)t:([]a:`p`p`p`q`q`q;b:0 2 4 0 2 4)
            q)t bin `a`b!(`p;3)
            1
            q)t bin ([]a:`q;b:-1 1 3 5)
            0N 3 4 5
            q)t bin `a`b!(`r;2)
            0N
            q)t bin (`q;2)
            4
            q)t binr ([]a:`q;b:-1 1 3 5)
            3 4 5 0N
            """);
    }

    @Test
    void binOfAKeyedTableGivesTheKeys() {
        assertTranscript("""
            q)kt:([k:`c`d`e`f`g`h`j`l]a:`p`p`q`q`p`p`q`q;b:0 1 0 1 0 1 0 1;c:3 3 3 3 7 7 7 7)
            q)(kt bin ([]a:`p`q`q`r;b:1;c:4 8 2 4))`k
            `d`l``
            q)kt bin ([]a:`p`q`q`r;b:1;c:4 8 2 4)
            k
            -
            d
            l


            """);
    }
}
