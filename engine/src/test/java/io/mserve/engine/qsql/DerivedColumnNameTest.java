package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** The names q gives unnamed q-SQL columns (docs/basics/qsql.md), and attributes set with update (docs/ref/set-attribute.md). */
class DerivedColumnNameTest {

    @Test
    void anOperatorWithASymbolOnItsLeftIsNamedFromItsRight() {
        assertPrints("cols select `float$p from ([]p:1 2)", ",`p");
        assertPrints("cols select 2*p from ([]p:1 2)", ",`x");
        assertPrints("cols select p+q from ([]p:1 2;q:3 4)", ",`p");
    }

    @Test
    void aTableLiteralColumnIsNamedAsAQueryColumnIsAndAnAssignmentByItsName() {
        assertTranscript("""
            q)meta trade:([] stock:`$(); price:`float$(); `long$amount:(); `time$time:())
            c     | t f a
            ------| -----
            stock | s
            price | f
            amount| j
            time  | t
            q)p:1 2
            q)cols ([] `float$p; 2*p)
            `p`x1
            """);
    }

    @Test
    void updateWithAnAttributeSetsItOnTheColumn() {
        assertTranscript("""
            q)t:([]sym:`a`a`b;p:1 2 3)
            q)meta update `p#sym from t
            c  | t f a
            ---| -----
            sym| s   p
            p  | j
            q)meta update `g#sym from t
            c  | t f a
            ---| -----
            sym| s   g
            p  | j
            q)cols update `s#p from t
            `sym`p
            """);
    }
}
