package io.mserve.engine.parse;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** How q reads application: iterators and operators applied with brackets, and compositions (basics/application.md). */
class ApplicationFormsTest {

    @Test
    void anIteratorAppliedWithBracketsDerivesAFunctionThatIsNotInfix() {
        // basics/application.md: after a ; the / is not a comment
        assertPrints(";/[+]til 5", "10");
        assertPrints(";\\[+][til 5]", "0 1 3 6 10");
        assertPrints(";\\[+][1000;til 5]", "1000 1001 1003 1006 1010");
        assertPrints("'[count](\"the\";\"quick\")", "3 5");
        assertSignals("1000/[+]til 5", "type");
    }

    @Test
    void assignWithAnIteratorIsAVerbNotAReturn() {
        // ref/assign.md: :/ keeps the last item
        assertPrints(":/[1 2 3 4 5]", "5");
    }

    @Test
    void anOperatorGivenOneArgumentInBracketsIsProjected() {
        // basics/application.md: f:?["brown"] is a projection of Find
        assertTranscript("""
            q)f:?["brown"]
            q)f "fox"
            5 2 5
            q)-[10] 3
            7
            q)-:[3]
            -3
            """);
        // learn/q-by-examples.md: $[M] is $ projected, not a conditional
        assertTranscript("""
            q)M:(0 1.;1 1.)
            q)(14$[M]\\M)[;0;1]
            1 1 2 3 5 8 13 21 34 55 89 144 233 377 610f
            q)$[1b;2;3]
            2
            """);
    }

    @Test
    void aFunctionBeforeAnUnfinishedOneComposesWithIt() {
        // learn/pb/xmas-days.md
        assertPrints("1(\"And a\", _[1] @)\\\"A partridge\"", """
            "A partridge"
            "And a partridge\"""");
        assertTranscript("""
            q)f:1+2*
            q)f 3
            7
            """);
        // learn/q-by-examples.md: sum composes with {x*x}@, which composes with (cos;sin)@\:
        assertTranscript("""
            q)a:(pi;2*pi;pi*pi:acos -1)
            q)(t:sum{x*x}@(cos;sin)@\\:)pi
            1f
            q)t a
            1 1 1f
            """);
    }

    @Test
    void anUnfinishedFunctionInParenthesesIsAValueNotComposed() {
        // ref/type.md: (0|+) is a composition; (2+) likewise stays the projection it is
        assertTranscript("""
            q)type (0|+)
            105h
            q)type (2+)
            104h
            q)count (2+)
            1
            """);
    }

    @Test
    void aParenthesisedUnaryFormIsAnArgumentNotAnAmend() {
        // basics/parsetrees.md: (+:) is the unary form of +, a value; basics/datatypes.md: type 101 is a unary primitive
        assertTranscript("""
            q)type (+:)
            101h
            q)d:`c1`c2!(1 2;3 4)
            q)count (+:)
            1
            q)d
            c1| 1 2
            c2| 3 4
            """);
    }
}
