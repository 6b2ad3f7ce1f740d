package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** parse gives the tree q's parser makes and eval evaluates one (basics/parsetrees.md, ref/parse.md, basics/funsql.md). */
class ParseTreeTest {

    @Test
    void aKeywordInATreeIsItsValueShownInKForm() {
        assertPrints("parse \"1 2 3 +neg 5 7\"", "+\n1 2 3\n(-:;5 7)");
        assertPrints("type", "@:");
        assertPrints("parse \"type 6\"", "@:\n6");
        assertPrints("like", "like");
    }

    @Test
    void anIteratorAppliedIsAListOfTheIteratorAndItsOperand() {
        assertPrints("parse \"1 2 3 +/: 5 7\"", "(/:;+)\n1 2 3\n5 7");
        assertPrints("parse \"+/[1 2 3 4]\"", "(/;+)\n1 2 3 4");
        assertPrints("eval (/;+)", "+/");
        assertPrints("eval ((/;+);(til;(+;2;2)))", "6");
    }

    @Test
    void aParenthesisedOperatorAppliedPrefixIsItsUnaryForm() {
        assertPrints("parse\"6(+)4\"", "6\n(+:;4)");
    }

    @Test
    void symbolsAreNamesAndEnlistingQuotesThem() {
        assertTranscript("""
            q)parse"`a`b`c,`d,v"
            ,
            ,`a`b`c
            (,;,`d;`v)
            q)x:4
            q)eval `x
            4
            q)eval enlist `x
            `x
            q)eval(,;enlist `a;enlist `b)
            `a`b
            """);
    }

    @Test
    void assignmentParsesAndEvaluates() {
        assertTranscript("""
            q)parse "a:1"
            :
            `a
            1
            q)eval parse"a::5"
            5
            q)a
            5
            q)parse "x[1]:2"
            :
            (`x;1)
            2
            q)m:(1 2;3 4)
            q)eval parse "m[1;0]:9"
            9
            q)m
            1 2
            9 4
            """);
    }

    @Test
    void severalStatementsAreJoinedBySemicolon() {
        assertPrints("parse \";;1+2\"", "\";\"\n::\n::\n(+;1;2)");
    }

    @Test
    void selectIsItsFunctionalForm() {
        assertTranscript("""
            q)parse "select c2:2*c2 from t where c1=`c"
            ?
            `t
            ,,(=;`c1;,`c)
            0b
            (,`c2)!,(*;2;`c2)
            q)parse "select sym,price,size from trade where price>50"
            ?
            `trade
            ,,(>;`price;50)
            0b
            `sym`price`size!`sym`price`size
            q)parse "select from trade where sym like \\"F*\\",not sym=`FD"
            ?
            `trade
            ,((like;`sym;"F*");(~:;(=;`sym;,`FD)))
            0b
            ()
            q)parse"select[10;<price] from trade"
            ?
            `trade
            ()
            0b
            ()
            10
            ,(<:;`price)
            q)parse"select open:first price,high:max price by sym from trade where date=2013.05.15"
            ?
            `trade
            ,,(=;`date;2013.05.15)
            (,`sym)!,`sym
            `open`high!((*:;`price);(max;`price))
            """);
    }

    @Test
    void execUpdateAndDeleteAreTheirFunctionalForms() {
        assertTranscript("""
            q)parse "exec c2 by c1 from t"
            ?
            `t
            ()
            ,`c1
            ,`c2
            q)parse "update c2:c2+1 by c1 from t"
            !
            `t
            ()
            (,`c1)!,`c1
            (,`c2)!,(+;`c2;1)
            q)parse "delete c2 from t"
            !
            `t
            ()
            0b
            ,,`c2
            q)parse "delete from t where c2=`y"
            !
            `t
            ,,(=;`c2;,`y)
            0b
            `symbol$()
            """);
    }

    @Test
    void aQueryEvaluatesFromItsTreeAsFromItsText() {
        assertTranscript("""
            q)t:([]c1:`a`b`a`c;c2:10 20 30 40)
            q)s:"select sum c2 by c1 from t where c2>10"
            q)value[s]~value eval each parse s
            1b
            q)value[s]~eval parse s
            1b
            q)s:"select[2;>c2] from t"
            q)value[s]~value eval each parse s
            1b
            q)s:"exec c2 by c1 from t"
            q)value[s]~value eval each parse s
            1b
            q)s:"delete c2 from t"
            q)value[s]~value eval each parse s
            1b
            """);
    }

    @Test
    void aColumnMayNotShareAGroupsName() {
        assertSignals("parse\"select b by b from t\"", "dup names for cols/groups b");
    }

    @Test
    void controlWordsAreNotParsedToTrees() {
        assertSignals("parse \"if[a;b]\"", "nyi");
    }
}
