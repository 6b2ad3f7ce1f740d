package io.mserve.engine.ops.cast;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** An integer $ a string pads it with blanks on the right (or left, when negative) or cuts it to that length (ref/pad.md). */
class PaddingStringsTest {

    @Test
    void padsOnTheRightOrTheLeft() {
        assertTranscript("""
            q)9$"foo"
            "foo      "
            q)-9$"foo"
            "      foo"
            """);
    }

    @Test
    void aShorterLengthCutsTheString() {
        assertTranscript("""
            q)2$"foo"
            "fo"
            q)-2$"foo"
            "oo"
            """);
    }

    @Test
    void padIsStringAtomicAndAppliesToDictionaries() {
        assertTranscript("""
            q)9$("The";("fox";("jumps";"over"));("the";"dog"))
            "The      "
            ("fox      ";("jumps    ";"over     "))
            ("the      ";"dog      ")
            q)4i$(enlist "a";enlist "bc")
            "a   "
            ,"bc  "
            q)-9$`a`b`c!("quick";"brown";"fox")
            a| "    quick"
            b| "    brown"
            c| "      fox"
            """);
    }

    @Test
    void onlyStringsPad() {
        assertSignals("3$1", "type");
    }
}
