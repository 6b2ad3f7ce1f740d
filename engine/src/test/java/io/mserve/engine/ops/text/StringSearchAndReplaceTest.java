package io.mserve.engine.ops.text;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** x ss y finds where a pattern starts in a string; ssr[x;y;z] replaces it by a string or a function's result (ref/ss.md). */
class StringSearchAndReplaceTest {

    @Test
    void ssGivesTheStartOfEachMatch() {
        assertTranscript("""
            q)"We the people of the United States" ss "the"
            3 17
            q)s:"toronto ontario"
            q)s ss "ont"
            3 8
            q)s ss "[ir]o"
            2 13
            q)s ss "t?r"
            0 10
            q)"the brown duck drowned" ss "?rown"
            4 15
            q)"A grown man in a gown" ss "rown"
            ,3
            q)"A grown man in a gown" ss "n"
            6 10 13 20
            q)"abc" ss "x"
            `long$()
            """);
    }

    @Test
    void ssRejectsAnEmptyOrStarPatternAndNonStrings() {
        assertSignals("\"abc\" ss \"\"", "length");
        assertSignals("\"abc\" ss \"a*c\"", "length");
        assertSignals("`abc ss \"a\"", "type");
    }

    @Test
    void ssrReplacesEveryMatch() {
        assertTranscript("""
            q)ssr["Hello word!";"rd";"rld"]
            "Hello world!"
            q)s:"toronto ontario"
            q)ssr[s;"ont";"x"]
            "torxo xario"
            q)ssr["advance";"adv";"a d"]
            "a dance"
            q)ssr["advance";"a";"-"]
            "-dv-nce"
            q)ssr["aaa";"aa";"b"]
            "ba"
            """);
    }

    @Test
    void ssrReplacesByAFunctionOfTheMatch() {
        assertTranscript("""
            q)ssr["toronto ontario";"t?r";upper]
            "TORonto onTARio"
            """);
    }

    @Test
    void ssrNeedsAStringAndThreeArguments() {
        assertSignals("ssr[\"a\";\"a\";\"-\"]", "type");
        assertSignals("ssr[\"ab\";\"a\";\"-\";1]", "rank");
    }
}
