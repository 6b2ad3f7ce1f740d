package io.mserve.engine.ops.list;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.QException;
import io.mserve.engine.session.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every list primitive, applied to every pairing of awkward values, returns a value or signals a q error:
 * no Java exception escapes for the session to disguise as one.
 */
class ListPrimitivesSignalOnlyQErrorsTest {
    private static final List<String> MONADS = List.of(
            "#", ",", "?", "!", "til", "count", "first", "last", "reverse", "distinct", "group", "where", "raze",
            "enlist", "flip", "key", "value", "cols", "asc", "desc", "iasc", "idesc", "rank", "prev", "next",
            "fills", "differ", "null", "all", "any", "attr", "ungroup");
    private static final List<String> DYADS = List.of(
            "#", "_", ",", "?", "!", "union", "inter", "except", "in", "within", "sublist", "rotate", "xprev",
            "cut", "bin", "binr", "cross", "xasc", "xdesc", "xkey", "xcols", "xcol");
    private static final List<String> SAMPLES = List.of(
            "2", "-1", "0", "0N", "1i", "1.5", "`a", "`s", "\"x\"", "1b", "(::)", "0#0", "1 2", "2 0N -3", "`s#1 2",
            "0n 1", "`a`b", "0#`", "\"ab\"", "10b", "2000.01.02 0Nd", "enlist \"G\"$\"00000000-0000-0001-0000-000000000001\"",
            "()", "(1;`a)", "(1 2;enlist 3)", "(1 2;\"ab\")", "`a`b!1 2", "(enlist `a)!enlist 1 2", "1 2!`a`b",
            "([]a:1 2;b:`x`y)", "([]a:(enlist 1;2 3))", "([]a:0#0)", "1!([]a:1 2;b:`x`y)", "(#)");

    @Test
    void everyMonadOnEveryValueReturnsOrSignals() {
        Session q = samples();
        for (String f : MONADS) {
            for (int x = 0; x < SAMPLES.size(); x++) {
                returnsOrSignals(q, f + " s" + x);
            }
        }
    }

    @Test
    void everyDyadOnEveryPairOfValuesReturnsOrSignals() {
        Session q = samples();
        for (String f : DYADS) {
            for (int x = 0; x < SAMPLES.size(); x++) {
                for (int y = 0; y < SAMPLES.size(); y++) {
                    returnsOrSignals(q, f + "[s" + x + ";s" + y + "]");
                }
            }
        }
    }

    private static Session samples() {
        Session q = new Session();
        for (int i = 0; i < SAMPLES.size(); i++) {
            q.evaluate("s" + i + ":" + SAMPLES.get(i));
        }
        return q;
    }

    private static void returnsOrSignals(Session q, String input) {
        try {
            assertThat(q.evaluate(input)).as(input).isNotNull();
        } catch (QException e) {
            assertThat(e.text()).as(input).isNotEmpty();
        } catch (RuntimeException e) {
            throw new AssertionError(input + ": " + e, e);
        }
    }
}
