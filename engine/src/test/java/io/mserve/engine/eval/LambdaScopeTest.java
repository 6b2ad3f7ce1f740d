package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Name scope in lambdas, docs/basics/function-notation.md "Name scope". */
class LambdaScopeTest {

    @Test
    void doubleColonAssignsAGlobalUnlessTheNameIsLocal() {
        assertTranscript("""
            q)a:b:0
            q)f:{a:10+3*x;b::100+a;}
            q)f 1 2 3
            q)a
            0
            q)b
            113 116 119
            q)b:42
            q){[a;b]b::99;a+b}[10;20]
            109
            q)b
            42
            q){b:x=y;b::99;x+b}[10;20]
            109
            q)b
            42
            """);
    }

    @Test
    void aNameAssignedGloballyAndThenLocallyIsRefusedWhenTheLambdaIsDefined() {
        // basics/debug.md: the name error, global used as local
        assertSignals("{a::1;a:1}", "a");
        assertPrints("{a:1;a::2;a}[]", "2");
    }

    @Test
    void aLambdaReadsNamesItDoesNotAssignInTheRoot() {
        assertTranscript("""
            q)a:42
            q)f:{a+x}
            q)f 1
            43
            q){a:1000;f x}1
            43
            """);
    }

    @Test
    void localsAreKnownWhenParsedAndStartAsTheEmptyList() {
        assertTranscript("""
            q)t:([]0 1)
            q){select from t}[]
            x
            -
            0
            1
            q){if[x;t:([]`a`b)];select from t} 1b
            x
            -
            a
            b
            q){if[x;t:([]`a`b)];select from t} 0b
            'type
            """);
        assertPrints("a:5;{r:a;a:1;r}[]", "()");
    }

    @Test
    void namesAssignedInANestedLambdaAreNotLocalToTheOuterOne() {
        assertPrints("a:5;{f:{a:1};f[];a}[]", "5");
    }

    @Test
    void namesBoundByAPatternAreLocal() {
        assertPrints("p:0;{(p;q):(1;2);p+q}[]", "3");
        assertSignals("{(p;q):(1;2)}[];p", "p");
    }
}
