package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Pattern assignment, basics/pattern.md: destructuring, type checks, filters, dictionary and table patterns. */
class PatternTest {

    @Test
    void patternAssignmentDestructuresAndChecksConstants() {
        assertTranscript("""
            q)(b;c):2 3
            q)c
            3
            q)(1):2
            'match
            q)(d;e):1 2 3
            'length
            """);
    }

    @Test
    void aNameWithAnIndexAmendsTheNameThereAsIndexedAssignmentDoes() {
        assertTranscript("""
            q)a:1 2 3
            q)(a[1]):4
            q)a
            1 4 3
            q)(a 0):9
            q)a
            9 4 3
            q)(b;a[2]):7 8
            q)a
            9 4 8
            q)fills {(x where x=0W):0N;x} 0N 2 3 0W 0N 7 0W
            0N 2 3 3 3 7 7
            """);
    }

    @Test
    void colonBracketMatchesPatternsInTurn() {
        assertTranscript("""
            q):[1f;r:`f;"float";r:`i;"int";"other"]
            "float"
            q)r
            1f
            q):[1 2;(a;b);a+b;0]
            3
            q):[`x;1;`one;`other]
            `other
            """);
    }

    @Test
    void patternsFilterCheckTypesAndBindLambdaParameters() {
        assertTranscript("""
            q)a:(b;:1+):1 2
            q)a
            1 3
            q)b
            1
            q){[(a;b);c]a+b+c}[1 2;3]
            6
            q){[x;]x}[3;4]
            3
            q)(:`f):3e
            'type
            q)((c;d):`F):3 4f
            q)d
            4f
            """);
    }

    @Test
    void flipAsAPatternMatchesATablesColumnsAsADictionary() {
        assertTranscript("""
            q)(flip([a;b])):([]a:1 2;b:3 4)
            q)a
            1 2
            q)b
            3 4
            q)(a!b):1 2!"ab"
            q)b
            "ab"
            q)(a!):1 2!3 4
            q)a
            1 2
            """);
    }

    @Test
    void aPatternThatFailsBindsNoneOfItsNames() {
        // releases/ChangesIn4.1.md: the second assignment fails its type check and leaves name as it was
        assertTranscript("""
            q)(surname:`s):`simpson
            q)(name:`s;age:`h):(`homer;38h)
            q)(name:`s;age:`h):(`marge;36.5)
            'type
            q)name,surname
            `homer`simpson
            """);
    }

    @Test
    void aPatternGivesTheValueAsItsFiltersLeaveIt() {
        // releases/ChangesIn4.1.md
        assertTranscript("""
            q)addv:{([v:(;:x+;:(x*10)+)]):y}
            q)addv[10;([k:`hello;v:1 2 3])]
            k| `hello
            v| 1 12 103
            """);
    }
}
