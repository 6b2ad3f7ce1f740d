package io.mserve.engine.io;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Prepare Text, {@code d 0: t} (ref/file-text.md): a table, a keyed table or a list of columns as delimited lines. */
class PrepareTextTest {
    @Test
    void aTableHasAHeaderLine() {
        assertTranscript("""
                q)csv 0: ([]a:1 2 3;b:`x`y`z)
                "a,b"
                "1,x"
                "2,y"
                "3,z"
                q)"|" 0: ([k:1 2]v:`a`b)
                "k|v"
                "1|a"
                "2|b"
                """);
    }

    @Test
    void aListOfColumnsHasNone() {
        assertTranscript("""
                q)"|" 0: (`a`b`c;1 2 3;"xyz")
                "a|1|x"
                "b|2|y"
                "c|3|z"
                q)csv 0: (`a`b;("x,y";"zz"))
                "a,\\"x,y\\""
                "b,zz"
                """);
    }

    @Test
    void columnsMustBeListsOfOneLength() {
        assertSignals("csv 0: (1 2;3 4 5)", "length");
        assertSignals("csv 0: (1 2;3)", "type");
        assertSignals("csv 0: ()", "type");
        assertPrints("count csv 0: (til 100000;til 100000)", "100000");
    }
}
