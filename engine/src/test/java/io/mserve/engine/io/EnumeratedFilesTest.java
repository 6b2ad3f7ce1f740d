package io.mserve.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Enumerations on disk: {@code .Q.en} gives enumerated columns over the database's sym, splayed
 * and partitioned tables write and read them with their domain, {@code `:f?y} extends a sym file,
 * and a malformed enumeration file is an error, never a wrong value.
 */
class EnumeratedFilesTest {
    // q symbols cannot hold '-', which @TempDir names contain: a temp dir named with letters and digits.
    private final Path dir = temp();
    private final Session q = new Session();

    private static Path temp() {
        try {
            return Files.createTempDirectory("qenum");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void clean() throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private String run(String text) {
        return trimmed(q.execute(text.replace("DIR", dir.toString())));
    }

    // each line right-trimmed, as the console's padding is not the point
    private static String trimmed(String text) {
        return text.stripTrailing().replaceAll("[ ]+\n", "\n");
    }

    @Test
    void qEnEnumeratesSymbolColumnsOverTheDatabasesSym() {
        run("t:([]c1:`AAPL`IBM`GE`GOOG;c2:1 2 3 4)");
        assertThat(run("type each flip .Q.en[`:DIR/db] t")).isEqualTo("c1| 20\nc2| 7");
        assertThat(run("sym")).isEqualTo("`AAPL`IBM`GE`GOOG");
        assertThat(run("get `:DIR/db/sym")).isEqualTo("`AAPL`IBM`GE`GOOG");
        assertThat(run("exec c1 from .Q.en[`:DIR/db] t")).isEqualTo("`sym$`AAPL`IBM`GE`GOOG");
        run("t2:([]c1:`MSFT`IBM)");
        assertThat(run("exec c1 from .Q.en[`:DIR/db] t2")).isEqualTo("`sym$`MSFT`IBM");
        assertThat(run("sym")).isEqualTo("`AAPL`IBM`GE`GOOG`MSFT");
    }

    @Test
    void aSplayedTableReadsBackEnumerated() {
        run("`:DIR/db/t/ set .Q.en[`:DIR/db] ([]s:`b`a`b;p:1 2 3)");
        assertThat(run("exec s from get `:DIR/db/t")).isEqualTo("`sym$`b`a`b");
        Session fresh = new Session();
        fresh.execute("\\l " + dir.resolve("db"));
        assertThat(trimmed(fresh.execute("meta t"))).isEqualTo("c| t f a\n-| -----\ns| s\np| j");
        assertThat(trimmed(fresh.execute("select p by s from t"))).isEqualTo("s| p\n-| ---\na| ,2\nb| 1 3");
    }

    @Test
    void aPartitionedTablesSymColumnIsOneEnumeration() {
        run("trade:([]sym:`a`b`a;price:1 2 3f)");
        run(".Q.dpft[`:DIR/hdb;2020.01.01;`sym;`trade]");
        run("trade:([]sym:`c`a;price:4 5f)");
        run(".Q.dpft[`:DIR/hdb;2020.01.02;`sym;`trade]");
        Session fresh = new Session();
        fresh.execute("\\l " + dir.resolve("hdb"));
        assertThat(fresh.execute("type exec sym from trade").stripTrailing()).isEqualTo("20h");
        assertThat(fresh.execute("exec sym from trade").stripTrailing()).isEqualTo("`sym$`a`a`b`a`c");
        assertThat(trimmed(fresh.execute("select sum price by sym from trade"))).isEqualTo("sym| price\n---| -----\na  | 9\nb  | 2\nc  | 4");
    }

    @Test
    void anEnumeratedVectorIsWrittenAsAnEnumerationFile() throws IOException {
        run("sym:`x`y");
        run("`:DIR/e set `sym$`y`x`y");
        byte[] b = Files.readAllBytes(dir.resolve("e"));
        assertThat(b.length).isEqualTo(4096 + 24);
        assertThat(b[0] & 0xff).isEqualTo(0xfd);
        assertThat(new String(b, 16, 3)).isEqualTo("sym");
        ByteBuffer items = ByteBuffer.wrap(b, 4096, 24).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new long[] {items.getLong(), items.getLong(), items.getLong()}).containsExactly(1, 0, 1);
        assertThat(run("get `:DIR/e")).isEqualTo("`sym$`y`x`y");
    }

    @Test
    void enumExtendOnAFileGrowsTheFileAndLoadsIt() throws IOException {
        run("bar:`c`d");
        assertThat(run("`:DIR/bar?`a`b`c`b`a`b`c`c`c`c`c`c`c")).isEqualTo("`bar$`a`b`c`b`a`b`c`c`c`c`c`c`c");
        assertThat(run("bar")).isEqualTo("`a`b`c");
        assertThat(run("`:DIR/bar?`d`a")).isEqualTo("`bar$`d`a");
        assertThat(run("get `:DIR/bar")).isEqualTo("`a`b`c`d");
    }

    @Test
    void malformedEnumerationFilesAreErrors() throws IOException {
        Path f = dir.resolve("e");
        byte[] good = enumFile("sym", 2, 1, 0);
        Files.write(f, Arrays.copyOf(good, 4000));
        assertThat(run("get `:DIR/e")).isEqualTo("'" + f + ": corrupt file");
        Files.write(f, Arrays.copyOf(good, 4096 + 8));
        assertThat(run("get `:DIR/e")).isEqualTo("'" + f + ": corrupt file");
        Files.write(f, enumFile("sym", Long.MAX_VALUE, 1, 0));
        assertThat(run("get `:DIR/e")).isEqualTo("'" + f + ": corrupt file");
        Files.write(f, enumFile("sym", -1, 1, 0));
        assertThat(run("get `:DIR/e")).isEqualTo("'" + f + ": corrupt file");
        Files.write(f, enumFile("", 2, 1, 0));
        assertThat(run("get `:DIR/e")).isEqualTo("'" + f + ": corrupt file");
        Files.write(f, enumFile("sym", 2, 1, 0));
        assertThat(run("sym:`p`q;get `:DIR/e")).isEqualTo("`sym$`q`p");
    }

    // A 64-bit enumeration file as kdb+ 3.6+ writes it: fd 20, the domain at 16, the vector header at 4080.
    private static byte[] enumFile(String domain, long count, long... index) {
        ByteBuffer b = ByteBuffer.allocate(4096 + 8 * index.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 0xfd).put(1, (byte) 0x20);
        for (int i = 0; i < domain.length(); i++) {
            b.put(16 + i, (byte) domain.charAt(i));
        }
        b.put(4082, (byte) 20).putLong(4088, count);
        for (int i = 0; i < index.length; i++) {
            b.putLong(4096 + 8 * i, index[i]);
        }
        return b.array();
    }
}
