package io.mserve.engine.ops.list;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** The list verbs on empty lists keep the type and give the typed null where an item is asked for. */
class ListVerbsOnEmptyListsTest {

    @Test
    void verbsOnEmptyVectorsKeepTheirType() {
        assertTranscript("""
            q)distinct 0#`
            `symbol$()
            q)asc 0#0f
            `s#`float$()
            q)asc 0#0
            `s#`long$()
            q)(0#0) except enlist 1
            `long$()
            q)key (0#`)!0#0
            `symbol$()
            """);
    }

    @Test
    void findInAnEmptyListIsItsCount() {
        assertTranscript("""
            q)(0#`)?`a
            0
            """);
    }

    @Test
    void verbsOnAnEmptyGeneralListGiveAnEmptyGeneralList() {
        assertTranscript("""
            q)raze ()
            ()
            q)2 cut 0#0
            ()
            """);
    }

    @Test
    void emptyDictionariesAndTables() {
        assertTranscript("""
            q)(group 0#`)~(0#`)!()
            1b
            q)((0#`)!0#0),(enlist `a)!enlist 1
            a| 1
            q)0#([]a:enlist 1)
            a
            -
            """);
    }
}
