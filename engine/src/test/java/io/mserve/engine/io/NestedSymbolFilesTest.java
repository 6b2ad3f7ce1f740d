package io.mserve.engine.io;

import static io.mserve.engine.io.KdbPages.hex;
import static io.mserve.engine.io.KdbPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Anymaps (kdb+ 3.6+ nested files {@code f} + {@code f#}) holding symbols or lists of lists.
 * ChangesIn3.6.md: "Symbol vectors/atoms are automatically enumerated against {@code file##}" and
 * "symbols cause a 3rd file to be created, file##, which contains the enumeration domain"; "Mapped
 * lists' elements can be of any type, including lists". The byte layouts below are inferred, not
 * read off kdb+-written files (none with symbols or nested lists is public): the page and item forms
 * are those confirmed for other types (KdbFileFormatsTest); a compact symbol vector is
 * {@code 93 | 4 bytes | count byte | int64 indexes} and a full one {@code fb 00 14 attr | int32 1 |
 * int64 count | indexes}, as dolphindb/DolphinDBPlugin kdb/src/q2ddb.cpp reads them
 * (NestedEnumSymsHeader, NestedEnumSymsExHeader); a general list is {@code fb 00 00 00 | int32 1 |
 * int64 count} and one offset|form word per item (q2ddb.cpp NestedList&lt;0xFB,0x00,1&gt;); a symbol
 * atom {@code 6b} (0x7f-20) and its index; {@code f##} a symbol list file like {@code sym}.
 */
class NestedSymbolFilesTest {
    @RegisterExtension
    final ScratchDirectory scratch = new ScratchDirectory("qnsym");
    private final Path dir = scratch.path();

    private String run(String text) {
        return scratch.run(text).replace(dir.toString(), "DIR");
    }

    private byte[] file(String name) throws IOException {
        return Files.readAllBytes(dir.resolve(name));
    }

    // (`a`b;enlist`c;`a`d): three compact symbol items at 0, 0x16, 0x24, indexes into the domain `a`b`c`d.
    private static final byte[] S = page("fd014d0000000000 0000000000000000", "0000000000000001 1600000000000001 2400000000000001");
    private static final byte[] S_DATA = page("fd00040000000000 0000000000000000",
            "93 00000000 02 0000000000000000 0100000000000000"
                    + "93 00000000 01 0200000000000000"
                    + "93 00000000 02 0000000000000000 0300000000000000");
    private static final byte[] S_DOMAIN = hex("ff010b0000000000 6100 6200 6300 6400");

    @Test
    void aListOfSymbolListsIsAnAnymapWithItsDomainInFileHashHash() throws IOException {
        assertThat(run("`:DIR/s set (`a`b;enlist`c;`a`d)")).isEqualTo("`:DIR/s");
        assertThat(file("s")).isEqualTo(S);
        assertThat(file("s#")).isEqualTo(S_DATA);
        assertThat(file("s##")).isEqualTo(S_DOMAIN);
        assertThat(run("get `:DIR/s")).isEqualTo("`a`b\n,`c\n`a`d");
    }

    @Test
    void symbolListsOfTwelveOrMoreAreFullItemsAndAtomsCompact() throws IOException {
        run("`:DIR/f set (`$string til 12;`x;1 2)");
        // 96 bytes of indexes pass the compact limit (0x5f): fb 00 14 00 | 1 | 12, then the atom 6b and 1 2.
        StringBuilder indexes = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            indexes.append(String.format("%02x00000000000000", i));
        }
        assertThat(file("f")).isEqualTo(page("fd014d0000000000 0000000000000000", "0000000000000000 7000000000000001 7900000000000001"));
        assertThat(file("f#")).isEqualTo(page("fd00040000000000 0000000000000000",
                "fb00140001000000 0c00000000000000" + indexes + "6b 0c00000000000000 8602 0100000000000000 0200000000000000"));
        assertThat(run("(`$string til 12;`x;1 2)~get `:DIR/f")).isEqualTo("1b");
    }

    @Test
    void listsOfListsAreFullGeneralItemsWhoseWordsPointAtTheirItems() throws IOException {
        run("`:DIR/n set ((1 2;3);4)");
        // 1 2 at 0, 3 at 0x12, then (padded to 0x20) the list's header and two words; 4 at 0x40.
        assertThat(file("n")).isEqualTo(page("fd014d0000000000 0000000000000000", "2000000000000000 4000000000000001"));
        assertThat(file("n#")).isEqualTo(page("fd00040000000000 0000000000000000",
                "8602 0100000000000000 0200000000000000 78 0300000000000000 0000000000"
                        + "fb00000001000000 0200000000000000 0000000000000001 1200000000000001"
                        + "78 0400000000000000"));
        assertThat(Files.exists(dir.resolve("n##"))).isFalse();
        assertThat(run("(get `:DIR/n)~((1 2;3);4)")).isEqualTo("1b");
    }

    @Test
    void mixedDeepListsWithSymbolsRoundTripThroughSetAndGet() {
        run("x:((`a;\"bc\";(`d`e;());2.5);`;(`a`f;(1 2;(3;`g))))");
        assertThat(run("`:DIR/x set x")).isEqualTo("`:DIR/x");
        assertThat(run("x~get `:DIR/x")).isEqualTo("1b");
        assertThat(run("`:DIR/e set enlist ()")).isEqualTo("`:DIR/e");
        assertThat(run("(enlist ())~get `:DIR/e")).isEqualTo("1b");
    }

    @Test
    void aListHoldingADictionaryStaysOneSerializedFile() throws IOException {
        run("`:DIR/d set (`a`b!1 2;`c`d)");
        assertThat(Arrays.copyOf(file("d"), 2)).isEqualTo(hex("ff01"));
        assertThat(Files.exists(dir.resolve("d#"))).isFalse();
        assertThat(run("(`a`b!1 2;`c`d)~get `:DIR/d")).isEqualTo("1b");
    }

    @Test
    void loadingADirectoryAssignsTheListAndNotItsCompanions() {
        run("`:DIR/db/s set (`a`b;enlist`c)");
        run("delete s from `.");
        run("\\l DIR/db");
        assertThat(run("s")).isEqualTo("`a`b\n,`c");
        assertThat(run("key `.")).doesNotContain("#");
    }

    @Test
    void aSplayedTableWithANestedSymbolColumnLoadsBack() throws IOException {
        run("t:([]a:1 2 3;c:(`a`b;enlist`c;`a`d))");
        assertThat(run("`:DIR/t/ set t")).isEqualTo("`:DIR/t/");
        assertThat(file("t/c")).isEqualTo(S);
        assertThat(file("t/c#")).isEqualTo(S_DATA);
        assertThat(file("t/c##")).isEqualTo(S_DOMAIN);
        assertThat(run("delete t from `.")).isEqualTo("`.");
        run("\\l DIR/t");
        assertThat(run("t")).isEqualTo("a c\n------\n1 `a`b\n2 ,`c\n3 `a`d");
        assertThat(run("select from t where `a in/: c")).isEqualTo("a c\n------\n1 `a`b\n3 `a`d");
    }

    @Test
    void compressedNestedSymbolColumnsReadBackAndMinus19TakesTheDomainAlong() {
        run("t:([]c:3000#(`a`b;enlist`c;`$()))");
        run("(`:DIR/z/;12;2;6) set t");
        assertThat(run("(-21!hsym `$\"DIR/z/c##\")`algorithm")).isEqualTo("2i");
        assertThat(run("t~get `:DIR/z/")).isEqualTo("1b");
        run("`:DIR/s set (`a`b;enlist`c)");
        run("-19!(`:DIR/s;`:DIR/zs;12;5;1)");
        assertThat(run("(-21!hsym `$\"DIR/zs##\")`algorithm")).isEqualTo("5i");
        assertThat(run("(`a`b;enlist`c)~get `:DIR/zs")).isEqualTo("1b");
    }

    @Test
    void aTruncatedOrWrongDomainFileIsAQErrorNamingIt() throws IOException {
        run("`:DIR/s set (`a`b;enlist`c;`a`d)");
        for (int n = 2; n < S_DOMAIN.length - 1; n++) {
            Files.write(dir.resolve("s##"), Arrays.copyOf(S_DOMAIN, n));
            assertThat(run("get `:DIR/s")).as("s## cut at %d", n).isEqualTo("'DIR/s##: corrupt file");
        }
        Files.write(dir.resolve("s##"), Arrays.copyOf(S_DOMAIN, 1));
        assertThat(run("get `:DIR/s")).isEqualTo("'DIR/s##: not a kdb+ data file");
        Files.write(dir.resolve("s##"), hex("fe20070000000000 0100000000000000 0700000000000000")); // enlist 7
        assertThat(run("get `:DIR/s")).isEqualTo("'DIR/s##: corrupt file");
        Files.delete(dir.resolve("s##"));
        assertThat(run("get `:DIR/s")).startsWith("'DIR/s##. OS reports: No such file");
    }

    @Test
    void aTruncatedOrCorruptDataFileIsAQErrorNamingIt() throws IOException {
        Files.write(dir.resolve("s"), S);
        Files.write(dir.resolve("s##"), S_DOMAIN);
        for (int n = 4096; n < S_DATA.length; n++) {
            Files.write(dir.resolve("s#"), Arrays.copyOf(S_DATA, n));
            assertThat(run("get `:DIR/s")).as("s# cut at %d", n).isEqualTo("'DIR/s#: corrupt file");
        }
        byte[] far = S_DATA.clone();
        far[4096 + 6] = 9; // index 9 of a 4-symbol domain
        Files.write(dir.resolve("s#"), far);
        assertThat(run("get `:DIR/s")).isEqualTo("'DIR/s##: corrupt file");
        byte[] many = S_DATA.clone();
        many[4096 + 5] = 11; // more indexes than the file holds
        Files.write(dir.resolve("s#"), many);
        assertThat(run("get `:DIR/s")).isEqualTo("'DIR/s#: corrupt file");
    }

    @Test
    void aListWhoseWordsLoopBackIsCorruptNotEndless() throws IOException {
        run("`:DIR/n set ((1 2;3);4)");
        byte[] loop = file("n#");
        for (int word = 0x30; word <= 0x38; word += 8) { // both words of the list point at the list itself
            loop[4096 + word] = 0x20;
            loop[4096 + word + 7] = 0;
        }
        Files.write(dir.resolve("n#"), loop);
        assertThat(run("get `:DIR/n")).isEqualTo("'DIR/n#: corrupt file");
    }
}
