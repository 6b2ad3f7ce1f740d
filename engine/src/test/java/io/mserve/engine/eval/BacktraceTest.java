package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * {@code .Q.trp .Q.trpd .Q.bt .Q.sbt} (ref/dotq.md): frames as q prints them, innermost first,
 * {@code [n]  name:source}, without q's caret lines (the engine keeps no source positions).
 */
class BacktraceTest {
    @Test
    void trapGivesTheHandlerTheErrorAndWhereItWasSignalled() {
        assertTranscript("""
                q)f:{`hello+x}
                q).Q.trp[f;2;{1"error: ",x,"\\nbacktrace:\\n",.Q.sbt y;-1}]
                error: type
                backtrace:
                  [2]  f:{`hello+x}
                  [1]  (.Q.trp)
                  [0]  .Q.trp[f;2;{1"error: ",x,"\\nbacktrace:\\n",.Q.sbt y;-1}]
                -1
                """);
    }

    @Test
    void trapReturnsTheResultWhenNothingIsSignalled() {
        assertPrints(".Q.trp[{x+1};1;{'`never}]", "2");
        assertPrints(".Q.trpd[{x+y};(1;2);{2\"error: \",x,\"\\nbacktrace:\\n\",.Q.sbt y;-1}]", "3");
        assertPrints(".Q.trpd[{x+y};(1;`a);{x}]", "'rank");
        assertPrints(".Q.trpd[{x+y};(1;`a);{[e;t]e}]", "\"type\"");
        assertPrints(".Q.trp[{'`oops};0;{[e;t]e}]", "\"oops\"");
    }

    @Test
    void aPrimitiveThatSignalsLeavesOnlyTheTrapAndTheInput() {
        assertPrints(".Q.sbt last .Q.trp[neg;`a;{(x;y)}]", "\"  [1]  (.Q.trp)\\n  [0]  .Q.sbt last .Q.trp[neg;`a;{(x;y)}]\\n\"");
    }

    @Test
    void backtracePrintsTheCallsUnderWayAndALambdaMadeInsideFIsCalledFAt() {
        assertTranscript("""
                q)f:{{.Q.bt[];x*2}x+1}
                q)f 4
                  [2]  f@:{.Q.bt[];x*2}
                  [1]  f:{{.Q.bt[];x*2}x+1}
                  [0]  f 4
                10
                """);
    }

    @Test
    void theTrapLeavesNoFrameBehind() {
        assertTranscript("""
                q)g:{.Q.trp[{'x};`e;{[e;t]e}]}
                q)h:{g[];.Q.bt[]}
                q)h[]
                  [1]  h:{g[];.Q.bt[]}
                  [0]  h[]
                """);
    }

    @Test
    void aBacktraceObjectMustBeOne() {
        assertSignals(".Q.sbt 1 2", "type");
        assertSignals(".Q.sbt (1;2)", "type");
        assertPrints(".Q.sbt ()", "\"\"");
        assertSignals(".Q.trp[1;2;{x}]", "type");
    }
}
