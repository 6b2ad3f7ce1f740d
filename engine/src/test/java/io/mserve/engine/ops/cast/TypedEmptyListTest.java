package io.mserve.engine.ops.cast;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * Typed empty lists (docs/basics/datatypes.md, docs/ref/take.md): a cast of the empty list
 * has the cast's type, and keeps it wherever it flows; {@code ()} stays general.
 */
class TypedEmptyListTest {

    @Test
    void castOfTheEmptyListIsAnEmptyListOfThatType() {
        assertPrints("`float$()", "`float$()");
        assertPrints("`symbol$()", "`symbol$()");
        assertPrints("`int$()", "`int$()");
        assertPrints("\"p\"$()", "`timestamp$()");
        assertPrints("6h$()", "`int$()");
        assertPrints("type `float$()", "9h");
        assertPrints("type `timespan$()", "16h");
    }

    @Test
    void theGeneralEmptyListStaysGeneral() {
        assertPrints("type ()", "0h");
        assertPrints("()", "()");
        assertPrints("0h$()", "()");
    }

    @Test
    void takeKeepsTheTypeOfAnEmptyList() {
        assertPrints("0#1 2 3", "`long$()");
        assertPrints("0#`a`b", "`symbol$()");
        assertPrints("3#`float$()", "0n 0n 0n");
        assertPrints("2#`symbol$()", "``");
    }

    @Test
    void aSchemaOfTypedEmptyColumnsShowsItsTypesInMeta() {
        assertTranscript("""
            q)t:([] time:`timespan$(); sym:`symbol$(); price:`float$())
            q)meta t
            c    | t f a
            -----| -----
            time | n
            sym  | s
            price| f
            q)meta select from t
            c    | t f a
            -----| -----
            time | n
            sym  | s
            price| f
            q)meta 0#t
            c    | t f a
            -----| -----
            time | n
            sym  | s
            price| f
            q)type each flip t
            time | 16
            sym  | 11
            price| 9
            """);
    }
}
