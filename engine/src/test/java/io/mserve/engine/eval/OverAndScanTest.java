package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Over and scan (ref/accumulators.md): which maps reduce, which converge. */
class OverAndScanTest {

    @Test
    void aVariadicFunctionDerivedByOverGivenOneArgumentConverges() {
        // basics/syntax.md and ref/over.md: (,/) over n razes until nothing changes
        assertTranscript("""
            q)n:("the ";("quick ";"brown ";("fox ";"jumps ";"over ");"the ");("lazy ";"dog."))
            q)(,/) over n
            "the quick brown fox jumps over the lazy dog."
            q)(,//)("the ";("quick ";("brown ";"fox.")))
            "the quick brown fox."
            """);
        assertPrints("(+/)[1000;2 3 4]", "1009");
    }

    @Test
    void scanOfFloatsAppliedBinaryIsTheBuiltInRecurrence() {
        // ref/accumulators.md, Alternative syntax (V3.1): a b\\c is {z+x*y}\\[a;b;c]
        assertTranscript("""
            q)a:1000f;b:1 2 3 4f;c:5 6 7 8f
            q){z+x*y}\\[a;b;c]
            1005 2016 6055 24228f
            q)a b\\c
            1005 2016 6055 24228f
            q)a 0.5\\1 2 3
            501 252.5 129.25
            q)a 1 2f\\1 2 3
            'length
            """);
    }

    @Test
    void aGeneralListIsABinaryMapAFiniteStateMachine() {
        // ref/accumulators.md: m[x;first y], then on through y
        assertTranscript("""
            q)m:(1 6 4 4 2;2 7 2 0 5;7 5 6 7 0;2 1 8 1 0;7 3 3 6 8;2 3 8 9 0;1 1 9 6 9;7 8 4 3 0;4 5 8 0 4;9 8 0 3 9)
            q)c:4 1 3 3 1 4
            q)7 m\\c
            0 6 6 6 1 5
            q)(m\\)c
            4 3 1 0 6 9
            q)type (3 4#til 12)/[0#0]
            0h
            """);
        // basics/regex.md: a list of functions, each state's function reading the next character
        assertTranscript("""
            q)m:({0};{2*x="x"};{2+x="f"};{2+/1 2*x="fz"};{4+x="0"};{5+x="0"};{7-x="0"};{7-x="0"})
            q)f:{6=1 m/x}
            q)f"xyzfz000"
            1b
            q)f"xyzfz0001"
            0b
            """);
    }
}
