package io.mserve.engine.parse;

import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.QType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parser's trees for q syntax: right-to-left evaluation, vectors, minus signs, assignments, lambdas, iterators, q-SQL. */
class ParsingQSyntaxTest {
    private static final Set<String> INFIX = Set.of("mod", "in", "like", "each");

    private static Node one(String src) {
        List<Node> s = Parser.parse(src, INFIX::contains).statements();
        assertThat(s).hasSize(1);
        return s.get(0);
    }

    @Test
    void evaluationIsRightToLeft() {
        // 2*3+4 is 2*(3+4)
        Node n = one("2*3+4");
        assertThat(n).isEqualTo(new Node.Dyadic(new Node.Op("*"), new Node.Const(Q.j(2)),
                new Node.Dyadic(new Node.Op("+"), new Node.Const(Q.j(3)), new Node.Const(Q.j(4)))));
    }

    @Test
    void numbersSeparatedBySpacesAreOneVector() {
        assertThat(one("1 2 3")).isEqualTo(new Node.Const(Q.longs(1, 2, 3)));
        assertThat(one("1 2.5")).isEqualTo(new Node.Const(Q.floats(1, 2.5)));
        assertThat(one("1 2 3i")).isEqualTo(new Node.Const(Q.ints(1, 2, 3)));
        assertThat(one("101b")).isEqualTo(new Node.Const(Q.bools(true, false, true)));
        assertThat(one("`a`b")).isEqualTo(new Node.Const(Q.syms("a", "b")));
    }

    @Test
    void aMinusIsANumberOnlyWhereQReadsOne() {
        assertThat(one("x-1")).isEqualTo(new Node.Dyadic(new Node.Op("-"), new Node.Var("x"), new Node.Const(Q.j(1))));
        assertThat(one("1 -2")).isEqualTo(new Node.Const(Q.longs(1, -2)));
        assertThat(one("neg -1")).isEqualTo(new Node.Monadic(new Node.Var("neg"), new Node.Const(Q.j(-1))));
    }

    @Test
    void nullAndInfinityLiteralsAreAtomsOfTheirType() {
        assertThat(one("0N")).isEqualTo(new Node.Const(Q.j(Long.MIN_VALUE)));
        assertThat(one("0Wi")).isEqualTo(new Node.Const(new IntAtom(-QType.INT, Integer.MAX_VALUE)));
        assertThat(one("-0w")).isEqualTo(new Node.Const(Q.f(Double.NEGATIVE_INFINITY)));
    }

    @Test
    void commentsAreDropped() {
        assertThat(one("1+2 / three")).isEqualTo(one("1+2"));
    }

    @Test
    void keywordsMarkedInfixAreVerbs() {
        assertThat(one("7 mod 3")).isEqualTo(new Node.Dyadic(new Node.Var("mod"), new Node.Const(Q.j(7)), new Node.Const(Q.j(3))));
        assertThat(one("f 3")).isEqualTo(new Node.Monadic(new Node.Var("f"), new Node.Const(Q.j(3))));
    }

    @Test
    void assignmentsNameTheirTargetIndicesAndOperator() {
        assertThat(one("a:1")).isEqualTo(new Node.Assign("a", null, null, new Node.Const(Q.j(1)), false));
        assertThat(one("a+:1")).isEqualTo(new Node.Assign("a", null, new Node.Op("+"), new Node.Const(Q.j(1)), false));
        assertThat(one("a[0]:1")).isEqualTo(new Node.Assign("a", List.of(new Node.Const(Q.j(0))), null, new Node.Const(Q.j(1)), false));
    }

    @Test
    void lambdasTakeTheImplicitParametersTheyUse() {
        Node.Lambda l = (Node.Lambda) one("{x+z}");
        assertThat(l.params()).containsExactly("x", "y", "z");
        assertThat(l.source()).isEqualTo("{x+z}");
        assertThat(((Node.Lambda) one("{[a;b] a}")).params()).containsExactly("a", "b");
    }

    @Test
    void iteratorsBindToTheTermOnTheirLeft() {
        assertThat(one("+/ 1 2")).isEqualTo(new Node.Monadic(new Node.Derived(new Node.Op("+"), "/"), new Node.Const(Q.longs(1, 2))));
        // each is a binary keyword written infix: count each x is each[count;x].
        assertThat(one("count each x")).isEqualTo(new Node.Dyadic(new Node.Var("each"), new Node.Var("count"), new Node.Var("x")));
    }

    @Test
    void elidedArgumentsAreLeftEmpty() {
        Node.Apply a = (Node.Apply) one("f[;1]");
        assertThat(a.args()).hasSize(2);
        assertThat(a.args().get(0)).isNull();
    }

    @Test
    void qSqlPhrasesSplitOnTopLevelCommas() {
        Node.Query q = (Node.Query) one("select a, b:f[x;y] by c from t where a>1, b<2");
        assertThat(q.columns()).extracting(Node.Column::name).containsExactly(null, "b");
        assertThat(q.by()).hasSize(1);
        assertThat(q.where()).hasSize(2);
        assertThat(q.from()).isEqualTo(new Node.Var("t"));
    }

    @Test
    void condInsideAQSqlQueryIsDollarAppliedToThreeArgumentsARankError() {
        // basics/qsql.md#cond, ref/cond.md: Cond is not supported inside q-SQL; a lambda or ? (vector conditional) is
        assertTranscript("""
            q)u:([]a:raze ("ref/";"kb/"),\\:/:"abc"; b:til 6)
            q)select from u where a like $[1b;"ref/*";"kb/*"]
            'rank
            q)select from u where a like {$[x;"ref/*";"kb/*"]}1b
            a       b
            ---------
            "ref/a" 0
            "ref/b" 2
            "ref/c" 4
            q)select c:?[b>3;`hi;`lo] from u
            c
            --
            lo
            lo
            lo
            lo
            hi
            hi
            """);
    }

    @Test
    void zeroWithTheTimestampLetterIsTheTimestampZero() {
        // basics/datatypes.md: the valid range of timestamps, and its offsets from 0p
        assertTranscript("""
            q)0p
            2000.01.01D00:00:00.000000000
            q)-0W 0Wp+1 -1
            1707.09.22D00:12:43.145224194 2292.04.10D23:47:16.854775806
            q)0p+ -0W 0Wp+1 -1
            -106751D23:47:16.854775806 106751D23:47:16.854775806
            """);
    }

    @Test
    void tableLiteralsSeparateKeyAndValueColumns() {
        Node.TableOf t = (Node.TableOf) one("([k:1 2] v:3 4)");
        assertThat(t.keys()).extracting(Node.Column::name).containsExactly("k");
        assertThat(t.columns()).extracting(Node.Column::name).containsExactly("v");
    }

    @Test
    void unbalancedOrUnterminatedInputIsAParseError() {
        assertThatThrownBy(() -> one("(1;2")).isInstanceOf(QException.class).hasMessage("parse");
        assertThatThrownBy(() -> one("\"abc")).isInstanceOf(QException.class);
        assertThatThrownBy(() -> one("f[1")).isInstanceOf(QException.class);
    }

    @Test
    void aByteLiteralWithANonHexDigitIsAnErrorNamingTheToken() {
        // found by the fuzzer (SessionFuzzTest): a NumberFormatException the session took for 'type
        assertThatThrownBy(() -> Parser.parse("0x0102ff.", INFIX::contains)).isInstanceOf(QException.class).hasMessageContaining("0x0102ff.");
    }
}
