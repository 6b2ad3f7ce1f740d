package io.mserve.engine.display;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * Strings are bytes, UTF-8 from a UTF-8 console (docs/basics/datatypes.md, docs/kb/unicode.md):
 * a string shows bytes past ASCII as octal escapes, a symbol and {@code -1} write them as they are.
 */
class Utf8TextTest {

    @Test
    void aStringHoldsTheUtf8BytesOfItsText() {
        assertPrints("{(x;count x)}\"Zürich\"", """
            "Z\\303\\274rich"
            7""");
        assertPrints("{(x;count x)}\"日本\"", """
            "\\346\\227\\245\\346\\234\\254"
            6""");
        assertPrints("count \"é\"", "2");
    }

    @Test
    void symbolsAndConsoleOutputWriteTheBytesBack() {
        assertTranscript("""
            q)t:`$"香蕉"
            q)t
            `香蕉
            q)-1 string t;
            香蕉
            q)([]name:`$("香蕉";"橙"))
            name
            ------
            香蕉
            橙
            """);
    }

    @Test
    void jsonEscapesAreReadAsUtf8() {
        assertPrints(".j.k \"\\\"\\\\u00e9\\\"\"", "\"\\303\\251\"");
        assertPrints(".j.k \"\\\"é\\\"\"", "\"\\303\\251\"");
        assertPrints(".j.j \"é\"", "\"\\\"\\303\\251\\\"\"");
    }

    @Test
    void aLoneByteThatIsNotUtf8StaysOneByte() {
        assertPrints("\"\\377\"", "\"\\377\"");
        assertPrints("count \"\\303\"", "1");
    }
}
