package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** {@code value} of functions, ref/value.md: a projection, a composition, a derived function, an operator. */
class ValueTest {

    @Test
    void aProjectionIsItsFunctionFollowedByItsArguments() {
        assertTranscript("""
            q)value +[2]
            +
            2
            q)value {x+y+z}[1;;3]
            {x+y+z}
            1
            ::
            3
            """);
    }

    @Test
    void aCompositionIsItsFunctionsAndADerivedFunctionTheIteratorsArgument() {
        assertTranscript("""
            q)value '[neg;+]
            -:
            +
            q)f:,/:\\:
            q)value f
            ,/:
            q)value each (::;+;-;*;%)
            0 1 2 3 4
            """);
    }
}
