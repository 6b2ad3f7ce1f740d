package io.mserve.engine.value;

import static io.mserve.engine.QSpec.assertPrints;

import org.junit.jupiter.api.Test;

/** A list of dictionaries with the same symbol keys is a table (docs/basics/dictsandtables.md, docs/kb/faq.md). */
class TableFromDictionariesTest {

    @Test
    void aListOfSameKeyedDictionariesIsATable() {
        assertPrints("(`a`b!1 2;`a`b!3 4)", """
            a b
            ---
            1 2
            3 4""");
        assertPrints("type (`a`b!1 2;`a`b!3 4)", "98h");
        assertPrints("{`a`b!(x;2*x)} each 1 2", """
            a b
            ---
            1 2
            2 4""");
    }

    @Test
    void dictionariesWithOtherKeysOrOrderStayAList() {
        assertPrints("type (`a`b!1 2;`b`a!3 4)", "0h");
        assertPrints("type (`a`b!1 2;`a`c!3 4)", "0h");
        assertPrints("type (1 2!3 4;1 2!5 6)", "0h");
    }

    @Test
    void aDictionaryOfSameKeyedDictionariesShowsAsAKeyedGrid() {
        assertPrints("`x`y!(`a`b!1 2;`a`b!3 4)", """
             | a b
            -| ---
            x| 1 2
            y| 3 4""");
    }

    @Test
    void joinEachOfTwoTablesIsATable() {
        assertPrints("([]a:1 2;b:`a`b),'([]c:10 20)", """
            a b c
            ------
            1 a 10
            2 b 20""");
    }
}
