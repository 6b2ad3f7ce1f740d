package io.mserve.engine.ops.text;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** trim, ltrim and rtrim remove leading and/or trailing blanks or nulls, string-atomically (ref/trim.md). */
class TrimmingBlanksTest {

    @Test
    void trimRemovesBlanksFromEitherOrBothEnds() {
        assertTranscript("""
            q)trim "   IBM   "
            "IBM"
            q)ltrim"   IBM   "
            "IBM   "
            q)rtrim"   IBM   "
            "   IBM"
            q)trim "   "
            ""
            """);
    }

    @Test
    void trimRemovesLeadingAndTrailingNullsFromOtherLists() {
        assertTranscript("""
            q)trim 0N 0N 1 2 3 0N 0N  4 5 0N 0N
            1 2 3 0N 0N 4 5
            q)trim ``a`
            ,`a
            """);
    }

    @Test
    void atomsAreLeftAsTheyAre() {
        assertTranscript("""
            q)trim"a"
            "a"
            q)trim 42
            42
            """);
    }

    @Test
    void trimIsStringAtomicOverListsDictionariesAndTables() {
        assertTranscript("""
            q)trim(("fox";("jumps ";"over   "));("a";"dog "))
            "fox" ("jumps";"over")
            "a"   "dog"
            q)ltrim`a`b!(("fox";("jumps ";"over   "));("a";"dog "))
            a| "fox" ("jumps ";"over   ")
            b| "a"   "dog "
            q)rtrim ([]a:("fox";("jumps ";"over   "));b:("a";"dog "))
            a                b
            ----------------------
            "fox"            "a"
            ("jumps";"over") "dog"
            """);
    }
}
