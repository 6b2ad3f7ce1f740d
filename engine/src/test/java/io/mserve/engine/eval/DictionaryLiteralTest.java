package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** The dictionary literal of kdb+ 4.1 (docs/releases/ChangesIn4.1.md, docs/basics/dictsandtables.md). */
class DictionaryLiteralTest {

    @Test
    void bracketsWithKeysAndNoColumnsAreADictionary() {
        assertPrints("([aaa:123])", "aaa| 123");
        assertPrints("([a:1 2;b:`x])", """
            a| 1 2
            b| `x""");
        assertPrints("([aaa:123])~enlist[`aaa]!enlist 123", "1b");
    }

    @Test
    void unnamedEntriesAreNamedAsTableColumnsAre() {
        assertPrints("([0;1;2])", """
            x | 0
            x1| 1
            x2| 2""");
    }

    @Test
    void missingValuesMakeAProjection() {
        assertTranscript("""
            q)d:([a:101;b:]);d 102
            a| 101
            b| 102
            q)d each`AA`BB`CC
            a   b
            ------
            101 AA
            101 BB
            101 CC
            q)([k1:;k2:])[1;"a"]
            k1| 1
            k2| "a"
            """);
    }

    @Test
    void emptyKeyBracketsStillMakeATable() {
        assertPrints("type ([]a:1 2)", "98h");
        assertPrints("type ([k:1 2]a:3 4)", "99h");
    }
}
