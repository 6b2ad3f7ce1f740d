package io.mserve.engine.session;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.engine.ops.Builtins;
import io.mserve.engine.ops.aggregate.Agg;
import io.mserve.engine.ops.list.Items;
import org.junit.jupiter.api.Test;

/** The one table of primitives: each name once, and each multi-meaning primitive one home that dispatches on its arguments. */
class OneHomePerPrimitiveTest {

    @Test
    void aNameRegisteredTwiceFailsAtStartUp() {
        Builtins.Builder table = new Builtins.Builder().unary("count", Items::count);
        assertThatThrownBy(() -> table.unary("count", Agg::sum))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("count");
    }

    @Test
    void aSessionStartsWithEveryPrimitiveOnce() {
        Builtins table = new Session().primitives();
        assertThat(table.get("+").isOperator()).isTrue();
        assertThat(table.isInfix("mod")).isTrue();
        assertThat(table.isInfix("count")).isFalse();
    }

    @Test
    void keyIsADictionarysKeysTilAVectorsTypeANamespacesNamesAnEnumerationsDomain() {
        assertTranscript("""
            q)key `a`b!1 2
            `a`b
            q)key 3
            0 1 2
            q)key 1 2 3
            `long
            q).ns.a:1
            q).ns.b:2
            q)key `.ns
            ``a`b
            q)v:10
            q)key `v
            `v
            q)key `nope
            ()
            q)sym:`a`b`c
            q)key `sym$`b`a
            `sym
            q)!`a`b!1 2
            `a`b
            """);
    }

    @Test
    void keyOfARootNameFullyQualifiedWithTwoDotsIsThatNameFromAnyNamespace() {
        // ref/key.md
        assertTranscript("""
            q)a:1
            q)\\d .foo
            q)a:1 2!3 4
            q)key`.foo.a
            1 2
            q)key`..a
            `..a
            q)\\d .
            q)key`..a
            `..a
            q)value`..a
            1
            q)key`..nope
            ()
            """);
    }

    @Test
    void valueAndGetAreOneFunction() {
        assertTranscript("""
            q)v:10
            q)value `v
            10
            q)get `v
            10
            q)value "1+2"
            3
            q)value `a`b!1 2
            1 2
            q)value (+;1;2)
            3
            q)sym:`a`b`c
            q)value `sym$`b`a
            `b`a
            """);
    }

    @Test
    void dollarCastsTokenizesPadsAndEnumerates() {
        assertTranscript("""
            q)`short$1.5
            2h
            q)"J"$"42"
            42
            q)10$"abc"
            "abc       "
            q)sym:`a`b`c
            q)e:`sym$`b`a
            q)e
            `sym$`b`a
            q)"i"$e
            1 0i
            q)`sym$`z
            'cast
            """);
    }

    @Test
    void queryFindsRollsEnumeratesAndSelects() {
        assertTranscript("""
            q)3 1 2?2
            2
            q)count 5?10
            5
            q)`sym?`a`d
            `sym$`a`d
            q)sym
            `a`d
            q)?[101b;1 2 3;10]
            1 10 3
            q)t:([]a:1 2 3)
            q)?[t;enlist(>;`a;1);0b;()]
            a
            -
            2
            3
            """);
    }

    @Test
    void bangMakesDictionariesKeysTablesInPlaceAndRunsInternalFunctions() {
        assertTranscript("""
            q)`a`b!1 2
            a| 1
            b| 2
            q)t:([]a:1 2;b:`x`y)
            q)1!`t
            `t
            q)t
            a| b
            -| -
            1| x
            2| y
            q)-3!1 2
            "1 2"
            q)sym:`a`b`c
            q)`sym!0 2
            `sym$`a`c
            """);
    }

    @Test
    void atAndDotApplyTrapAndAmend() {
        assertPrints("@[til 3;1;neg]", "0 -1 2");
        assertPrints(".[{x+y};(1;2)]", "3");
        assertPrints("@[{x+`a};1;{\"caught: \",x}]", "\"caught: type\"");
        assertPrints("@ 1 2", "7h");
    }

    @Test
    void aSessionWithoutIpcHasOnlyItsConsoleHandles() {
        assertPrints("-1 \"hi\";", "hi");
        assertSignals("hopen 5001", "nyi");
        assertSignals("\\p", "nyi");
    }
}
