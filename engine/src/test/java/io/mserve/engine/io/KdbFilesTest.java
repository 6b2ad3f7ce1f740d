package io.mserve.engine.io;

import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** set and get write and read kdb+'s own file formats: serialized values, splayed tables with a sym file, partitions. */
class KdbFilesTest {
    // q symbols cannot hold '-', which @TempDir names contain: a temp dir named with letters and digits.
    private final Path dir = temp();

    static Path temp() {
        try {
            return Files.createTempDirectory("qio");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @AfterEach
    void clean() throws IOException {
        delete(dir);
    }

    private String in(String transcript) {
        return transcript.stripIndent().replace("DIR", dir.toString());
    }

    @Test
    void aVectorFileHasKdbsLayoutAndReadsBack() throws IOException {
        assertTranscript(in("""
            q)`:DIR/v set 1 2 3
            `:DIR/v
            q)get `:DIR/v
            1 2 3
            q)hcount `:DIR/v
            40
            """));
        ByteBuffer expected = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        expected.put(new byte[] {(byte) 0xfe, 0x20, 7, 0, 0, 0, 0, 0}).putLong(3).putLong(1).putLong(2).putLong(3);
        assertThat(Files.readAllBytes(dir.resolve("v"))).isEqualTo(expected.array());
    }

    @Test
    void everyTypeReadsBackAsItWasWritten() {
        String[] values = {"10b", "0x0aff", "1 2 0Nh", "1 0N 3i", "1 0N 3", "1.5 0n 2e", "1.5 0n -0w", "\"abc\"", "`a`b`",
            "2020.01.01D12:00:00.000000001 0Np", "2020.01 2021.12m", "2020.01.01 0Nd", "2020.01.01T12:00:00.000 2020.01.02T00:00:00.000",
            "0D01:02:03.000000004 0Nn", "12:30 0Nu", "12:30:15 0Nv", "12:30:15.123 0Nt", "(1;`a;\"xy\")", "`a`b!1 2",
            "([]a:1 2;b:`x`y)", "42", "`sym", "\"G\"$\"8c680a01-5a49-5aab-5a65-d4bfddb6a661\"", "`s#1 2 3"};
        StringBuilder transcript = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            transcript.append("q)v").append(i).append(':').append(values[i]).append('\n')
                    .append("q)`:DIR/f").append(i).append(" set v").append(i).append('\n').append("`:DIR/f").append(i).append('\n')
                    .append("q)v").append(i).append("~get `:DIR/f").append(i).append('\n').append("1b\n");
        }
        assertTranscript(in(transcript.toString()));
    }

    @Test
    void aSymbolVectorFileIsSerialized() throws IOException {
        new Session().execute(in("`:DIR/sym set `ab`c"));
        assertThat(Files.readAllBytes(dir.resolve("sym"))).isEqualTo(new byte[] {(byte) 0xff, 1, 11, 0, 2, 0, 0, 0, 'a', 'b', 0, 'c', 0});
    }

    @Test
    void anEnumeratedColumnAsKdbWritesItReads() throws IOException {
        // A 64-bit enumeration file as kdb+ 3.6+ writes it: fd 20, domain name at 16, vector header at 4080.
        ByteBuffer b = ByteBuffer.allocate(4096 + 24).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 0xfd).put(1, (byte) 0x20);
        b.put(16, (byte) 's').put(17, (byte) 'y').put(18, (byte) 'm');
        b.put(4082, (byte) 20).putLong(4088, 3).putLong(4096, 1).putLong(4104, 0).putLong(4112, 1);
        Path t = dir.resolve("t");
        Files.createDirectories(t);
        Files.write(t.resolve("s"), b.array());
        Files.write(t.resolve(".d"), new byte[] {(byte) 0xff, 1, 11, 0, 1, 0, 0, 0, 's', 0});
        Files.write(dir.resolve("sym"), new byte[] {(byte) 0xff, 1, 11, 0, 2, 0, 0, 0, 'a', 0, 'b', 'b', 0});
        // without its domain loaded the column shows its indices (kb/splayed-tables.md), then its symbols
        assertTranscript(in("""
            q)get `:DIR/t/
            s
            -
            1
            0
            1
            q)load `:DIR/sym
            `sym
            q)get `:DIR/t/
            s
            --
            bb
            a
            bb
            q)exec s from get `:DIR/t/
            `sym$`bb`a`bb
            """));
    }

    @Test
    void aSplayedTableEnumeratesItsSymbolsAgainstTheSymFile() throws IOException {
        assertTranscript(in("""
            q)t:([]s:`b`a`b;p:1.5 2.5 3.5;n:10 20 30)
            q)`:DIR/db/t/ set .Q.en[`:DIR/db] t
            `:DIR/db/t/
            q)get `:DIR/db/sym
            `b`a
            q)key `:DIR/db/t
            `.d`n`p`s
            q)t~get `:DIR/db/t/
            0b
            q)(.Q.en[`:DIR/db] t)~get `:DIR/db/t/
            1b
            q)meta get `:DIR/db/t/
            c| t f a
            -| -----
            s| s
            p| f
            n| j
            """));
        byte[] s = Files.readAllBytes(dir.resolve("db/t/s"));
        assertThat(s.length).isEqualTo(4096 + 24);
        assertThat(s[0] & 0xff).isEqualTo(0xfd);
        assertThat(new String(s, 16, 3)).isEqualTo("sym");
        assertThat(s[4082]).isEqualTo((byte) 20);
        assertTranscript(in("""
            q)\\l DIR/db
            q)select from t where s=`b
            s p   n
            --------
            b 1.5 10
            b 3.5 30
            """));
    }

    @Test
    void unenumeratedSymbolsCannotBeSplayed() {
        assertTranscript(in("""
            q)`:DIR/x/ set ([]s:`a`b)
            'type
            """));
    }

    @Test
    void aPartitionedDatabaseLoadsAsOneTableWithTheDateColumn() {
        assertTranscript(in("""
            q)trade:([]sym:`a`b`a;price:1 2 3f;size:100 60000 70000)
            q).Q.dpft[`:DIR/hdb;2020.01.01;`sym;`trade]
            `trade
            q)trade:([]sym:`c`a;price:4 5f;size:10 90000)
            q).Q.dpft[`:DIR/hdb;2020.01.02;`sym;`trade]
            `trade
            """));
        assertTranscript(in("""
            q)\\l DIR/hdb
            q)cols trade
            `date`sym`price`size
            q)count trade
            5
            q)select sym,price from trade where date=2020.01.01
            sym price
            ---------
            a   1
            a   3
            b   2
            q)exec sym from trade where date=2020.01.02
            `sym$`a`c
            q)sym
            `a`b`c
            """));
    }

    @Test
    void malformedTruncatedAndOversizedFilesAreQErrors() throws IOException {
        Files.write(dir.resolve("trunc"), new byte[] {(byte) 0xfe, 0x20, 7, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 1, 2});
        Files.write(dir.resolve("huge"), new byte[] {(byte) 0xfe, 0x20, 7, 0, 0, 0, 0, 0, -1, -1, -1, -1, -1, -1, -1, 0x7f});
        Files.write(dir.resolve("text"), "hello".getBytes());
        Files.write(dir.resolve("badipc"), new byte[] {(byte) 0xff, 1, 7, 0, 9, 0, 0, 0, 1});
        Files.write(dir.resolve("short"), new byte[] {(byte) 0xfd, 0x20, 0});
        assertTranscript(in("""
            q)get `:DIR/trunc
            'DIR/trunc: corrupt file
            q)get `:DIR/huge
            'DIR/huge: corrupt file
            q)get `:DIR/text
            'type
            q)get `:DIR/short
            'DIR/short: corrupt file
            """));
        Session q = new Session();
        assertThat(q.execute(in("get `:DIR/badipc"))).startsWith("'");
        assertThat(q.execute(in("get `:DIR/missing"))).startsWith("'" + dir + "/missing");
    }
}
