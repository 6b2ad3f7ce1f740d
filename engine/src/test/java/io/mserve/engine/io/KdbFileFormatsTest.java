package io.mserve.engine.io;

import static io.mserve.engine.io.KdbPages.hex;
import static io.mserve.engine.io.KdbPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import io.mserve.engine.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The files kdb+ 3.6+ writes, byte for byte: nested columns ({@code col} + {@code col#}), enumerations,
 * splayed columns' count fields, and compressed files through {@code set}, {@code .z.zd}, {@code -19!}
 * and {@code -21!} (ref/get.md, ref/dotz.md, basics/internal.md, kb/file-compression.md). The byte
 * vectors are those of files kdb+ 4.x wrote, published as test data of dolphindb/DolphinDBPlugin
 * (commit 64bdc713, kdb/test/data/kdb_sample/), written out here from their layout.
 */
class KdbFileFormatsTest {
    @RegisterExtension
    final ScratchDirectory scratch = new ScratchDirectory("qfmt");
    private final Path dir = scratch.path();

    // What q prints, the scratch directory shown as DIR.
    private String run(String text) {
        return scratch.run(text).replace(dir.toString(), "DIR");
    }

    private byte[] file(String name) throws IOException {
        return Files.readAllBytes(dir.resolve(name));
    }

    // intArrayVector/d, d#: (1 2 3;4;0;30#1 2 1...), items compact (form 01) but the 240-byte vector (form 00).
    private static final byte[] D = page("fd014d0000000000 0000000000000000",
            "0000000000000001 1a00000000000001 2300000000000001 3000000000000000");
    private static final String LONGS_30 = "0100000000000000 0200000000000000" + "0100000000000000".repeat(28);
    private static final byte[] D_DATA = page("fd00040000000000 0000000000000000",
            "8603 0100000000000000 0200000000000000 0300000000000000 78 0400000000000000 78 0000000000000000 00000000"
                    + "fb00070001000000 1e00000000000000" + LONGS_30);
    // intArrayVector/lh, lh#: ("abc";"c";"u";"dolphindb"), char atoms and strings packed.
    private static final byte[] LH = page("fd014d0000000000 0000000000000000",
            "0000000000000001 0500000000000001 0700000000000001 0900000000000001");
    private static final byte[] LH_DATA = page("fd00040000000000 0000000000000000", "8903616263 7563 7575 8909646f6c7068696e6462");

    @Test
    void nestedColumnsAreWrittenAsTheAnymapPairKdbWrites() throws IOException {
        run("d:(1 2 3;4;0;1 2,28#1)");
        run("lh:(\"abc\";\"c\";\"u\";\"dolphindb\")");
        assertThat(run("`:DIR/t/ set ([]d;lh)")).isEqualTo("`:DIR/t/");
        assertThat(file("t/d")).isEqualTo(D);
        assertThat(file("t/d#")).isEqualTo(D_DATA);
        assertThat(file("t/lh")).isEqualTo(LH);
        assertThat(file("t/lh#")).isEqualTo(LH_DATA);
        assertThat(file("t/.d")).isEqualTo(hex("ff010b0000000000 6400 6c6800"));
        assertThat(run("(get `:DIR/t/)~([]d;lh)")).isEqualTo("1b");
    }

    @Test
    void nestedFilesKdbWroteReadBack() throws IOException {
        Files.write(dir.resolve("d"), D);
        Files.write(dir.resolve("d#"), D_DATA);
        assertThat(run("get `:DIR/d")).isEqualTo("1 2 3\n4\n0\n1 2 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1");
    }

    @Test
    void aGeneralListSetToAFileIsAnAnymapToo() throws IOException {
        assertThat(run("`:DIR/a set (1 2 3;\"cde\")")).isEqualTo("`:DIR/a");
        assertThat(Files.exists(dir.resolve("a#"))).isTrue();
        assertThat(run("(1 2 3;\"cde\")~get `:DIR/a")).isEqualTo("1b");
    }

    @Test
    void legacyNestedFilesReadBackWithTheirEndsInItemsOrBytes() throws IOException {
        // fe 20 (77+t): cumulative item ends into a headerless data file (q.k's .Q.Xf writes an empty one).
        Files.write(dir.resolve("c"), hex("fe20570000000000 0000000000000000 0200000000000000 0500000000000000"));
        Files.write(dir.resolve("c#"), "abcde".getBytes());
        Files.write(dir.resolve("j"), hex("fe20540000000000 0200000000000000 0100000000000000 0200000000000000"));
        Files.write(dir.resolve("j#"), hex("0700000000000000 0800000000000000"));
        assertThat(run("(\"ab\";\"cde\")~get `:DIR/c")).isEqualTo("1b");
        assertThat(run("(enlist 7;enlist 8)~get `:DIR/j")).isEqualTo("1b");
        run(".Q.Xf[\"J\";`:DIR/e]");
        assertThat(run("count get `:DIR/e")).isEqualTo("0");
    }

    @Test
    void splayedColumnsHaveAZeroCountAndEnumerationsFd00AtByte4080() throws IOException {
        run("sym:`a`b`c");
        run("`:DIR/t/ set ([]s:`sym$`c`a;v:10 20)");
        // 2022.12.05/ORD/code (enum over sym_ORD) and /price: count fields 0.
        assertThat(file("t/s")).isEqualTo(ByteBuffer.wrap(page("fd00140000000000 0000000000000000",
                "0200000000000000 0000000000000000")).put(16, "sym".getBytes()).array());
        assertThat(file("t/v")).isEqualTo(hex("fe20070000000000 0000000000000000 0a00000000000000 1400000000000000"));
        assertThat(run("get `:DIR/t/")).isEqualTo("s v\n----\nc 10\na 20");
    }

    @Test
    void aSortedColumnKeepsItsAttributeAndCount() throws IOException {
        run("`:DIR/t/ set ([]v:`s#1 2)");
        assertThat(file("t/v")).isEqualTo(hex("fe20070100000000 0200000000000000 0100000000000000 0200000000000000"));
        assertThat(run("attr (get `:DIR/t/)`v")).isEqualTo("`s");
    }

    @Test
    void vectorsWithAnIndexAfterTheirItemsReadWithTheAttributeAndTheStoredCount() throws IOException {
        // 2022.06.17/Daily/sym has u# and its true count, then the hash index kdb+ builds.
        byte[] u = hex("fe20070200000000 0200000000000000 0500000000000000 0600000000000000 ffffffffffffffff 0000000000000000");
        Files.write(dir.resolve("u"), u);
        assertThat(run("get `:DIR/u")).isEqualTo("`u#5 6");
        Files.write(dir.resolve("u"), Arrays.copyOf(u, 20));
        assertThat(run("get `:DIR/u")).isEqualTo("'DIR/u: corrupt file");
    }

    @Test
    void setWithCompressionParametersWritesKxzippedAndMinus21ShowsTheStatistics() throws IOException {
        assertThat(run("(`:DIR/z;17;2;6) set til 1000")).isEqualTo("`:DIR/z");
        assertThat(file("z")).startsWith("kxzipped".getBytes());
        assertThat(run("get `:DIR/z")).isEqualTo(run("til 1000"));
        assertThat(run("hcount `:DIR/z")).isEqualTo("8016");
        assertThat(run("-21!`:DIR/z")).isEqualTo("compressedLength  | " + Files.size(dir.resolve("z")) + """

                uncompressedLength| 8016
                algorithm         | 2i
                logicalBlockSize  | 17i
                zipLevel          | 6i""");
        run("`:DIR/plain set til 10");
        assertThat(run("count -21!`:DIR/plain")).isEqualTo("0");
    }

    @Test
    void compressedVectorsOfEveryTypeReadBackAcrossBlocks() {
        run("sym:`a`b");
        String[] values = {"10b", "0x0aff", "1 2 0Nh", "1 0N 3i", "1 0N 3", "1.5 0n 2e", "1.5 0n -0w", "\"abc\"",
            "2020.01.01D12:00:00.000000001 0Np", "2020.01 2021.12m", "2020.01.01 0Nd", "2020.01.01T12:00:00.000 0Nz",
            "0D01:02:03.000000004 0Nn", "12:30 0Nu", "12:30:15 0Nv", "12:30:15.123 0Nt",
            "\"G\"$\"8c680a01-5a49-5aab-5a65-d4bfddb6a661\"", "`sym$`b`a"};
        for (int i = 0; i < values.length; i++) {
            run("v:10000#" + values[i]);
            assertThat(run("(`:DIR/f;12;2;1) set v")).isEqualTo("`:DIR/f");
            assertThat(run("(v~get `:DIR/f),1<(-21!`:DIR/f)[`uncompressedLength] div 4096")).as(values[i]).isEqualTo("11b");
        }
        run("(`:DIR/s;12;4;0) set `s#til 10000");
        assertThat(run("attr get `:DIR/s")).isEqualTo("`s");
        assertThat(run("(til 10000)~get `:DIR/s")).isEqualTo("1b");
    }

    @Test
    void theZipDefaultsOfTheDocsExampleGiveItsCompressedLength() {
        // ref/dotz.md, .z.zd: `:fileA set til 1000 with .z.zd:17 2 4 is 1611 bytes on disk.
        run(".z.zd:17 2 4");
        run("`:DIR/fileA set til 1000");
        assertThat(run("-21!`:DIR/fileA")).isEqualTo("""
                compressedLength  | 1611
                uncompressedLength| 8016
                algorithm         | 2i
                logicalBlockSize  | 17i
                zipLevel          | 4i""");
        run(".z.zd:3#0");
        run("`:DIR/fileB set til 1000");
        assertThat(run("count -21!`:DIR/fileB")).isEqualTo("0");
    }

    @Test
    void zipDefaultsCompressASplaysColumnsAndTheirCompanionsButNotDotD() throws IOException {
        run(".z.zd:17 2 6");
        run("`:DIR/t/ set ([]a:til 100;s:100#(\"ab\";\"c\"))");
        assertThat(file("t/a")).startsWith("kxzipped".getBytes());
        assertThat(file("t/s#")).startsWith("kxzipped".getBytes());
        assertThat(file("t/.d")).startsWith((byte) 0xff, (byte) 1);
        assertThat(run("hcount `:DIR/t/a")).isEqualTo("816");
        Files.write(dir.resolve("t/a"), Arrays.copyOf(file("t/a"), 30));
        assertThat(run("hcount `:DIR/t/a")).isEqualTo("'DIR/t/a: corrupt file");
    }

    @Test
    void aPartitionWrittenUnderZipDefaultsHasCompressedColumnsAndAPlainSymFile() throws IOException {
        run(".z.zd:17 5 1");
        run("trade:([]sym:`b`a`b;price:1 2 3f)");
        run(".Q.dpft[`:DIR/db;2020.01.02;`sym;`trade]");
        assertThat(file("db/2020.01.02/trade/price")).startsWith("kxzipped".getBytes());
        assertThat(file("db/2020.01.02/trade/sym")).startsWith("kxzipped".getBytes());
        assertThat(file("db/sym")).isEqualTo(hex("ff010b0000000000 6200 6100"));
        Session fresh = new Session();
        fresh.execute("\\l " + dir.resolve("db"));
        assertThat(fresh.execute("exec price from select from trade where date=2020.01.02").strip()).isEqualTo("2 1 3f");
    }

    @Test
    void everyAlgorithmRoundTripsATableSplayedCompressed() {
        run("t:([]a:til 5000;b:5000#\"abcd\";c:5000#(1 2;3 4 5);d:5000#0.5 1.5)");
        for (int alg = 0; alg <= 5; alg++) {
            int level = alg == 2 ? 6 : alg == 5 ? 3 : 0;
            assertThat(run("(`:DIR/t" + alg + "/;12;" + alg + ";" + level + ") set t")).isEqualTo("`:DIR/t" + alg + "/");
            assertThat(run("t~get `:DIR/t" + alg + "/")).as("alg %d", alg).isEqualTo("1b");
            assertThat(run("count -21!`:DIR/t" + alg + "/a")).isEqualTo(alg == 0 ? "0" : "5");
        }
        assertThat(run("(-21!hsym `$\"DIR/t5/c#\")`zipLevel")).isEqualTo("3i");
    }

    @Test
    void aDictionaryChoosesCompressionPerColumnWithBacktickForTheRest() {
        run("t:([]a:til 100;b:100#1.5)");
        run("(`:DIR/t/;`a`!(17 3 0;17 5 1)) set t");
        assertThat(run("(-21!`:DIR/t/a)`algorithm")).isEqualTo("3i");
        assertThat(run("(-21!`:DIR/t/b)`algorithm")).isEqualTo("5i");
        assertThat(run("t~get `:DIR/t/")).isEqualTo("1b");
    }

    @Test
    void badCompressionParametersAreKdbsErrors() {
        assertThat(run("(`:DIR/f;11;2;6) set til 10")).isEqualTo("'disk compression - bad logicalBlockSize");
        assertThat(run("(`:DIR/f;17;2;10) set til 10")).isEqualTo("'disk compression - bad level");
        assertThat(run("(`:DIR/f;17;9;0) set til 10")).isEqualTo("'disk compression - bad algorithm");
        assertThat(run("(`:DIR/f;17;16;0) set til 10")).isEqualTo("'nyi");
        assertThat(run("(`:DIR/f;17;2) set til 10")).isEqualTo("'length");
    }

    @Test
    void minus19CompressesAFileThatThenReadsTheSame() {
        run("`:DIR/test set asc 10000?100");
        assertThat(run("-19!(`:DIR/test;`:DIR/ztest;17;2;6)")).isEqualTo("`:DIR/ztest");
        assertThat(run("get[`:DIR/test]~get`:DIR/ztest")).isEqualTo("1b");
        assertThat(run("(-21!`:DIR/ztest)`uncompressedLength")).isEqualTo("80016");
        assertThat(run("-19!(`:DIR/test;`:DIR/ztest;17)")).isEqualTo("'length");
    }

    @Test
    void oneColonWritesBytesCompressedWhenGivenParameters() {
        // ref/file-binary.md: (`:file;17;2;9)1:100#0x0
        assertThat(run("(`:DIR/file;17;2;9) 1: 100#0x0")).isEqualTo("`:DIR/file");
        assertThat(run("(-21!`:DIR/file)`algorithm`zipLevel")).isEqualTo("2 9i");
        assertThat(run("hcount `:DIR/file")).isEqualTo("100");
        assertThat(run("(`:DIR/file;17;2) 1: 0x00")).isEqualTo("'type");
    }

    @Test
    void minus19CompressesANestedFilesCompanionWithIt() {
        run("`:DIR/s set (\"ab\";\"cde\")");
        run("-19!(`:DIR/s;`:DIR/zs;12;5;1)");
        assertThat(run("(-21!hsym `$\"DIR/zs#\")`algorithm")).isEqualTo("5i");
        assertThat(run("(\"ab\";\"cde\")~get `:DIR/zs")).isEqualTo("1b");
    }

    @Test
    void aCorruptCompressedColumnIsAQErrorNamingTheFile() throws IOException {
        run("(`:DIR/t/;17;2;6) set ([]a:til 1000)");
        Path a = dir.resolve("t/a");
        byte[] good = Files.readAllBytes(a);
        byte[] bad = good.clone();
        bad[20] ^= 0x55;
        Files.write(a, bad);
        assertThat(run("get `:DIR/t/")).isEqualTo("'decompression error at block 0 in DIR/t/a");
        Files.write(a, Arrays.copyOf(good, good.length - 3));
        assertThat(run("get `:DIR/t/")).isEqualTo("'DIR/t/a: corrupt file");
    }

    @Test
    void truncatedOrCorruptNestedFilesAreQErrorsNamingTheFile() throws IOException {
        Files.write(dir.resolve("d"), D);
        for (int n : new int[] {4096, 4200, D_DATA.length - 1}) {
            Files.write(dir.resolve("d#"), Arrays.copyOf(D_DATA, n));
            assertThat(run("get `:DIR/d")).as("d# cut at %d", n).isEqualTo("'DIR/d#: corrupt file");
        }
        Files.write(dir.resolve("d#"), D_DATA);
        Files.write(dir.resolve("d"), Arrays.copyOf(D, D.length - 3));
        assertThat(run("get `:DIR/d")).isEqualTo("'DIR/d: corrupt file");
        byte[] far = D.clone();
        far[4096 + 8 + 5] = 0x7f;
        Files.write(dir.resolve("d"), far);
        assertThat(run("get `:DIR/d")).isEqualTo("'DIR/d#: corrupt file");
        byte[] form = D.clone();
        form[4096 + 15] = 5;
        Files.write(dir.resolve("d"), form);
        assertThat(run("get `:DIR/d")).isEqualTo("'DIR/d: corrupt file");
        byte[] badType = D_DATA.clone();
        badType[4096] = (byte) 0x7f;
        Files.write(dir.resolve("d#"), badType);
        Files.write(dir.resolve("d"), D);
        assertThat(run("get `:DIR/d")).isEqualTo("'DIR/d#: corrupt file");
        Files.delete(dir.resolve("d#"));
        assertThat(run("get `:DIR/d")).startsWith("'DIR/d#. OS reports: No such file");
    }

    @Test
    void loadingADatabaseWithACorruptFileChangesNoGlobal() throws IOException {
        run("`:DIR/db/a set 1 2 3");
        run("`:DIR/db/n set (1 2;\"ab\")");
        run("`:DIR/db/z set 4 5 6");
        assertThat(run("\\l DIR/db")).isEmpty();
        assertThat(run("(a;n;z)~(1 2 3;(1 2;\"ab\");4 5 6)")).isEqualTo("1b");
        Files.write(dir.resolve("db/z"), Arrays.copyOf(file("db/z"), 30));
        Session fresh = new Session();
        assertThat(fresh.execute("\\l " + dir.resolve("db")).strip()).isEqualTo("'" + dir.resolve("db/z") + ": corrupt file");
        assertThat(fresh.execute("a").strip()).isEqualTo("'a");
    }
}
