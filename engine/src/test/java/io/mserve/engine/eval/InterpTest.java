package io.mserve.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import org.junit.jupiter.api.Test;

/** The interpreter's own work, with no verbs needed: lambdas, projections, indexing, amends, control, signals, traps. */
class InterpTest {
    private final Session q = new Session();

    private K eval(String text) {
        return q.evaluate(text);
    }

    @Test
    void lambdasAndProjections() {
        eval("g:{[a;b] b}");
        assertThat(eval("g[1;2]")).isEqualTo(Q.j(2));
        assertThat(eval("g[1] 5")).isEqualTo(Q.j(5));
        assertThat(eval("g[;7] 8")).isEqualTo(Q.j(7));
        assertThat(eval("{x}[`a]")).isEqualTo(Q.s("a"));
    }

    @Test
    void indexingAtDepthWithElidedIndices() {
        eval("m:(1 2 3;4 5 6)");
        assertThat(eval("m[1;2]")).isEqualTo(Q.j(6));
        assertThat(eval("m[;0]")).isEqualTo(Q.longs(1, 4));
        assertThat(eval("m 0")).isEqualTo(Q.longs(1, 2, 3));
        assertThat(eval("1 2 3 5")).isEqualTo(Q.longs(1, 2, 3, 5));
        assertThat(eval("(1 2 3) 5")).as("out of range is null").isEqualTo(Q.j(Long.MIN_VALUE));
    }

    @Test
    void indexedAssignmentMakesANewValue() {
        eval("a:1 2 3");
        eval("b:a");
        eval("a[1]:10");
        assertThat(eval("a")).isEqualTo(Q.longs(1, 10, 3));
        assertThat(eval("b")).isEqualTo(Q.longs(1, 2, 3));
    }

    @Test
    void localsStayLocalAndDoubleColonSetsGlobals() {
        eval("v:1");
        eval("f:{v:2; w::3; v}");
        assertThat(eval("f[]")).isEqualTo(Q.j(2));
        assertThat(eval("v")).isEqualTo(Q.j(1));
        assertThat(eval("w")).isEqualTo(Q.j(3));
    }

    @Test
    void conditionalsReturnAndEach() {
        assertThat(eval("$[0b;1;2]")).isEqualTo(Q.j(2));
        assertThat(eval("$[0b;1;1b;3;4]")).isEqualTo(Q.j(3));
        assertThat(eval("{:x; 3}[7]")).isEqualTo(Q.j(7));
        assertThat(eval("{x}'[1 2 3]")).isEqualTo(Q.longs(1, 2, 3));
        assertThat(eval("{(x;y)}/:[1;2 3]")).isEqualTo(Q.list(Q.longs(1, 2), Q.longs(1, 3)));
    }

    @Test
    void signalsAndTraps() {
        assertThat(q.execute("'`oops")).isEqualTo("'oops");
        assertThat(eval("@[{'x};`bad;{x}]")).isEqualTo(Q.str("bad"));
        assertThat(eval(".[{[a;b] 'a};(`no;1);{x}]")).isEqualTo(Q.str("no"));
    }

    @Test
    void tablesFromLiterals() {
        K t = eval("([] a:1 2; b:`x`y)");
        assertThat(t).isEqualTo(Q.table(new String[] {"a", "b"}, Q.longs(1, 2), Q.syms("x", "y")));
        assertThat(eval("([] a:1 2; b:`x`y)[`b]")).isEqualTo(Q.syms("x", "y"));
    }

    @Test
    void undefinedNamesSignalTheirName() {
        assertThat(q.execute("nosuch")).isEqualTo("'nosuch");
    }

    @Test
    void runawayRecursionIsAStackError() {
        assertThat(q.execute("f:{f x}; f 1")).isEqualTo("'stack");
    }

    @Test
    void patternAssignmentDestructuresAndChecksConstants() {
        eval("(b;c):2 3");
        assertThat(eval("c")).isEqualTo(Q.j(3));
        assertThat(q.execute("(1):2")).isEqualTo("'match");
        assertThat(q.execute("(d;e):1 2 3")).isEqualTo("'length");
    }

    @Test
    void aTopLevelDoubleColonAssignmentIsAView() {
        eval("b:1");
        eval("v::b+1");
        eval("b:10");
        assertThat(eval("v")).isEqualTo(Q.j(11));
    }

    @Test
    void colonBracketMatchesPatternsInTurn() {
        assertThat(eval(":[1f;r:`f;\"float\";r:`i;\"int\";\"other\"]")).isEqualTo(Q.str("float"));
        assertThat(eval("r")).isEqualTo(Q.f(1));
        assertThat(eval(":[1 2;(a;b);a+b;0]")).isEqualTo(Q.j(3));
        assertThat(eval(":[`x;1;`one;`other]")).isEqualTo(Q.s("other"));
    }

    @Test
    void patternsFilterCheckTypesAndBindLambdaParameters() {
        assertThat(eval("a:(b;:1+):1 2")).isEqualTo(Q.longs(1, 3));
        assertThat(eval("b")).isEqualTo(Q.j(1));
        assertThat(eval("{[(a;b);c]a+b+c}[1 2;3]")).isEqualTo(Q.j(6));
        assertThat(eval("{[x;]x}[3;4]")).isEqualTo(Q.j(3));
        assertThat(q.execute("(:`f):3e")).isEqualTo("'type");
        eval("((c;d):`F):3 4f");
        assertThat(eval("d")).isEqualTo(Q.f(4));
    }
}
