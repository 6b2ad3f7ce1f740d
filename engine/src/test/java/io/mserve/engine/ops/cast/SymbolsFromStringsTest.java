package io.mserve.engine.ops.cast;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** `$ makes symbols from strings without their surrounding blanks; a name that is no type name enumerates (ref/tok.md#symbols). */
class SymbolsFromStringsTest {

    @Test
    void theEmptySymbolOrSymbolMakesSymbolsFromStrings() {
        assertTranscript("""
            q)`$"hello"
            `hello
            q)`$"   IBM   "
            `IBM
            q)`$("a";"bc")
            `a`bc
            q)`$"a"
            `a
            q)`symbol$"abc"
            `abc
            q)`$enlist `a
            ,`a
            """);
    }

    @Test
    void aNameThatIsNoTypeNameEnumeratesAgainstThatList() {
        assertTranscript("""
            q)sym:`a`b
            q)`sym$`b
            `sym$`b
            """);
    }
}
