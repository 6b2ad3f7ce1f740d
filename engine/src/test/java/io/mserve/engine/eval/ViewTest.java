package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Views, learn/views.md and ref/value.md: name::expr at the top level. */
class ViewTest {

    @Test
    void aTopLevelDoubleColonAssignmentIsAView() {
        assertTranscript("""
            q)b:1
            q)v::b+1
            q)b:10
            q)v
            11
            """);
    }

    @Test
    void aViewRunsToTheEndOfTheLineSoATerminatingSemicolonMakesItNil() {
        assertTranscript("""
            q)a: til 5
            q)uu:: a
            q)uu
            0 1 2 3 4
            q)vv:: a;
            q)vv
            q)vv ~ (::)
            1b
            q)vv ~ {[];}[]
            1b
            """);
    }

    @Test
    void aViewIsComputedAgainOnlyWhenAGlobalItDependsOnChanges() {
        assertTranscript("""
            q)a::b+c
            q)\\B
            ,`a
            q)b:c:1
            q)\\B
            ,`a
            q)a
            2
            q)\\B
            `symbol$()
            """);
    }

    @Test
    void withinALambdaDoubleColonSetsAGlobalWhichIsThenNoView() {
        assertTranscript("""
            q)x:2
            q)y:3
            q)v::x+y
            q)v
            5
            q)x:10000
            q)v
            10003
            q){v::x+y}[10;20];
            q)v
            30
            q)x:-1000000
            q)v
            30
            """);
    }

    @Test
    void theRootNamespaceHoldsAViewShownAsItsTextWhoseValueIsItsMetadata() {
        assertTranscript("""
            q)a:1
            q)b::a+1
            q)`. `b
            a+1
            q)get`. `b
            ::
            (+;`a;1)
            ,`a
            "a+1"
            q)b
            2
            q)get`. `b
            2
            (+;`a;1)
            ,`a
            "a+1"
            q)view`b
            "a+1"
            """);
        assertTranscript("""
            q)v::f[]+1
            q)f:{42}
            q)v
            43
            q)value`. `v
            43
            (+;(`f;::);1)
            ,`f
            "f[]+1"
            """);
    }

    @Test
    void aViewThatReadsItselfGetsItsLastValueOrSignalsLoop() {
        assertTranscript("""
            q)v::$[b;1;v+1]
            q)b:1;0N!v;b:0;v
            1
            2
            q)v::$[b;1;v+1]
            q)v
            'loop
            """);
    }

    @Test
    void viewsListsTheViewsSortedAndNoneAsAnEmptySymbolList() {
        // ref/parse.md, ref/view.md, basics/syscmds.md (\\b)
        assertTranscript("""
            q)views[]
            `symbol$()
            q)b::x+1
            q)a::x+y
            q)views[]
            `s#`a`b
            q)\\b
            `s#`a`b
            """);
    }

    @Test
    void viewsDoNotSupportDotNotation() {
        assertTranscript("""
            q)t:.z.p
            q)t1::t
            q)t1.date
            'nyi
            """);
    }
}
