package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** meta describes columns, keys names the key columns, xgroup groups a table by columns (ref/meta.md, ref/keys.md, ref/xgroup.md). */
class TableMetadataTest {

    @Test
    void metaGivesEachColumnsTypeForeignKeyAndAttribute() {
        assertTranscript(SelectTest.T + """
            q)meta t
            c    | t f a
            -----| -----
            sym  | s
            price| f
            size | j
            """);
    }

    @Test
    void keysNamesTheKeyColumns() {
        assertTranscript(SelectTest.T + """
            q)k:([sym:`a`b] px:10 20f; ex:`x`y)
            q)keys k
            ,`sym
            q)keys t
            `symbol$()
            """);
    }

    @Test
    void xgroupGroupsTheOtherColumnsByTheNamedOnes() {
        assertTranscript(SelectTest.T + """
            q)`sym xgroup t
            sym| price size
            ---| -----------
            a  | 1 3   10 30
            b  | ,2    ,20
            c  | ,4    ,40
            """);
    }
}
