package io.mserve.engine.session;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** {@code .Q.ld}: a script's lines grouped as {@code \l} reads them (ref/dotq.md). */
class ScriptsTest {
    @Test
    void continuationLinesJoinTheLineBefore() {
        assertTranscript("""
                q).Q.ld ("/ multi line func";"f:{";"  x+y";" }";"/ single line func";"g:{x*y}")
                1                   2                5                    6
                "/ multi line func" "f:{\\n  x+y\\n }" "/ single line func" "g:{x*y}"
                """);
    }

    @Test
    void blankLinesAreDroppedAndALeadingContinuationStandsAlone() {
        assertPrints("first .Q.ld (\"  a\";\"\";\"b\";\"  \";\"c\")", "1 3 5");
        assertPrints("last .Q.ld enlist \"x:1\"", ",\"x:1\"");
        assertPrints(".Q.ld ()", "`long$()\n()");
        assertSignals(".Q.ld 1 2", "type");
        assertSignals(".Q.ld (\"a\";1)", "type");
    }
}
