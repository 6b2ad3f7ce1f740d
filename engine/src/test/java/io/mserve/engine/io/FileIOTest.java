package io.mserve.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FileIOTest {
    // q symbols cannot hold '-', which @TempDir names contain: a temp dir named with letters and digits.
    private final Path dir = temp();

    private static Path temp() {
        try {
            return Files.createTempDirectory("qio");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void clean() throws Exception {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private final Session q = new Session();

    private String run(String text) {
        return q.execute(text.replace("DIR", dir.toString()));
    }

    @Test
    void simpleVectorFileIsKdbLayout() throws Exception {
        assertThat(run("`:DIR/v set 1 2 3")).isEqualTo("`:" + dir + "/v");
        byte[] b = Files.readAllBytes(dir.resolve("v"));
        ByteBuffer expected = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        expected.put(new byte[] {(byte) 0xfe, 0x20, 7, 0, 0, 0, 0, 0}).putLong(3).putLong(1).putLong(2).putLong(3);
        assertThat(b).isEqualTo(expected.array());
        assertThat(run("get `:DIR/v")).isEqualTo("1 2 3");
        assertThat(run("hcount `:DIR/v")).isEqualTo("40");
    }

    @Test
    void roundTripsEveryType() {
        String[] values = {"10b", "0x0aff", "1 2 0Nh", "1 0N 3i", "1 0N 3", "1.5 0n 2e", "1.5 0n -0w", "\"abc\"", "`a`b`",
            "2020.01.01D12:00:00.000000001 0Np", "2020.01 2021.12m", "2020.01.01 0Nd", "2020.01.01T12:00:00.000 2020.01.02T00:00:00.000",
            "0D01:02:03.000000004 0Nn", "12:30 0Nu", "12:30:15 0Nv", "12:30:15.123 0Nt", "(1;`a;\"xy\")", "`a`b!1 2",
            "([]a:1 2;b:`x`y)", "42", "`sym", "\"G\"$\"8c680a01-5a49-5aab-5a65-d4bfddb6a661\"", "`s#1 2 3"};
        for (int i = 0; i < values.length; i++) {
            run("v" + i + ":" + values[i]);
            run("`:DIR/f" + i + " set v" + i);
            assertThat(run("v" + i + "~get `:DIR/f" + i)).as(values[i]).isEqualTo("1b");
        }
    }

    @Test
    void symbolFileIsSerialized() throws Exception {
        run("`:DIR/sym set `ab`c");
        assertThat(Files.readAllBytes(dir.resolve("sym"))).isEqualTo(new byte[] {(byte) 0xff, 1, 11, 0, 2, 0, 0, 0, 'a', 'b', 0, 'c', 0});
    }

    @Test
    void readsHandBuiltEnumeratedColumn() throws Exception {
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
        assertThat(run("get `:DIR/t/")).isEqualTo("s\n-\n1\n0\n1");
        run("load `:DIR/sym");
        assertThat(run("get `:DIR/t/")).isEqualTo("s \n--\nbb\na \nbb");
        assertThat(run("exec s from get `:DIR/t/")).isEqualTo("`sym$`bb`a`bb");
    }

    @Test
    void splayedTableWithSymFile() throws Exception {
        run("t:([]s:`b`a`b;p:1.5 2.5 3.5;n:10 20 30)");
        assertThat(run("`:DIR/db/t/ set .Q.en[`:DIR/db] t")).isEqualTo("`:" + dir + "/db/t/");
        assertThat(run("get `:DIR/db/sym")).isEqualTo("`b`a");
        byte[] s = Files.readAllBytes(dir.resolve("db/t/s"));
        assertThat(s.length).isEqualTo(4096 + 24);
        assertThat(s[0] & 0xff).isEqualTo(0xfd);
        assertThat(new String(s, 16, 3)).isEqualTo("sym");
        assertThat(s[4082]).isEqualTo((byte) 20);
        assertThat(run("key `:DIR/db/t")).isEqualTo("`.d`n`p`s");
        assertThat(run("t~get `:DIR/db/t/")).isEqualTo("0b");
        assertThat(run("(.Q.en[`:DIR/db] t)~get `:DIR/db/t/")).isEqualTo("1b");
        assertThat(run("meta get `:DIR/db/t/")).isEqualTo("c| t f a\n-| -----\ns| s    \np| f    \nn| j    ");
        Session fresh = new Session();
        fresh.execute("\\l " + dir.resolve("db"));
        assertThat(fresh.execute("select from t where s=`b")).isEqualTo("s p   n \n--------\nb 1.5 10\nb 3.5 30");
    }

    @Test
    void unenumeratedSymbolsCannotBeSplayed() {
        assertThat(run("`:DIR/x/ set ([]s:`a`b)")).isEqualTo("'type");
    }

    @Test
    void partitionedDatabase() {
        run("trade:([]sym:`a`b`a;price:1 2 3f;size:100 60000 70000)");
        run(".Q.dpft[`:DIR/hdb;2020.01.01;`sym;`trade]");
        run("trade:([]sym:`c`a;price:4 5f;size:10 90000)");
        assertThat(run(".Q.dpft[`:DIR/hdb;2020.01.02;`sym;`trade]")).isEqualTo("`trade");
        Session fresh = new Session();
        fresh.execute("\\l " + dir.resolve("hdb"));
        assertThat(fresh.execute("cols trade")).isEqualTo("`date`sym`price`size");
        assertThat(fresh.execute("count trade")).isEqualTo("5");
        assertThat(fresh.execute("select sym,price from trade where date=2020.01.01")).isEqualTo("sym price\n---------\na   1    \na   3    \nb   2    ");
        assertThat(fresh.execute("exec sym from trade where date=2020.01.02")).isEqualTo("`sym$`a`c");
        assertThat(fresh.execute("sym")).isEqualTo("`a`b`c");
    }

    @Test
    void csvWithHeader() {
        run("`:DIR/t.csv 0: (\"sym,price,size,d\";\"a,1.5,100,2020.01.02\";\"b,,200,2020-01-03\")");
        assertThat(run("t:(\"SFJD\";enlist \",\") 0: `:DIR/t.csv")).isEmpty();
        assertThat(run("t")).isEqualTo("sym price size d         \n-------------------------\na   1.5   100  2020.01.02\nb         200  2020.01.03");
        assertThat(run("(\"S J\";\",\") 0: (\"a,x,1\";\"b,y,2\")")).isEqualTo("a b\n1 2");
        assertThat(run("(\"DT\";\",\") 0: \"20130315,185540686\"")).isEqualTo("2013.03.15\n18:55:40.686");
        assertThat(run("(12 345i;`ab`cd)~(\"IS\";3 2) 0: (\"12 ab\";\"345cd\")")).isEqualTo("1b");
        assertThat(run("csv 0: ([]a:1 0N;b:`x`y;c:(\"p,q\";\"rs\"))")).isEqualTo("\"a,b,c\"\n\"1,x,\\\"p,q\\\"\"\n\",y,rs\"");
        assertThat(run("csv 0: ([]c:(\"p,q\";\"r\"))")).isEqualTo("'type");
        assertThat(run("\"S=;\" 0: \"one=1;two=2\"")).isEqualTo("one  two \n,\"1\" ,\"2\"");
    }

    @Test
    void saveAndLoad() throws Exception {
        q.execute("t:([]x:2 3;y:`ibm`amd)");
        assertThat(run("save `:DIR/t.csv")).isEqualTo("`:" + dir + "/t.csv");
        assertThat(Files.readString(dir.resolve("t.csv"))).isEqualTo("x,y\n2,ibm\n3,amd\n");
        run("save `:DIR/t");
        assertThat(Files.readAllBytes(dir.resolve("t"))[2]).isEqualTo((byte) 98);
        run("delete t from `.");
        run("t:0");
        assertThat(run("load `:DIR/t")).isEqualTo("`t");
        assertThat(run("t")).isEqualTo("x y  \n-----\n2 ibm\n3 amd");
    }

    @Test
    void readText() {
        run("`:DIR/l.txt 0: (\"hello world\";\"bye\")");
        assertThat(run("read0 `:DIR/l.txt")).isEqualTo("\"hello world\"\n\"bye\"");
        assertThat(run("read0 (`:DIR/l.txt;6;5)")).isEqualTo("\"world\"");
        assertThat(run("read1 (`:DIR/l.txt;0;2)")).isEqualTo("0x6865");
        assertThat(run("hdel `:DIR/l.txt")).isEqualTo("`:" + dir + "/l.txt");
        assertThat(run("hdel `:DIR/l.txt")).isEqualTo("'" + dir + "/l.txt: No such file or directory");
        assertThat(run("key `:DIR/nothing")).isEqualTo("()");
    }

    @Test
    void malformedFilesGiveQErrors() throws Exception {
        Files.write(dir.resolve("trunc"), new byte[] {(byte) 0xfe, 0x20, 7, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 1, 2});
        assertThat(run("get `:DIR/trunc")).isEqualTo("'length");
        Files.write(dir.resolve("huge"), new byte[] {(byte) 0xfe, 0x20, 7, 0, 0, 0, 0, 0, -1, -1, -1, -1, -1, -1, -1, 0x7f});
        assertThat(run("get `:DIR/huge")).isEqualTo("'length");
        Files.write(dir.resolve("text"), "hello".getBytes());
        assertThat(run("get `:DIR/text")).isEqualTo("'type");
        Files.write(dir.resolve("badipc"), new byte[] {(byte) 0xff, 1, 7, 0, 9, 0, 0, 0, 1});
        assertThat(run("get `:DIR/badipc")).startsWith("'");
        assertThat(run("get `:DIR/missing")).isEqualTo("'" + dir + "/missing: No such file or directory");
        Files.write(dir.resolve("short"), new byte[] {(byte) 0xfd, 0x20, 0});
        assertThat(run("get `:DIR/short")).isEqualTo("'length");
        assertThat(run("(\"Q\";\",\") 0: enlist \"1\"")).isEqualTo("'type");
    }

    @Test
    void exampleScriptLoadsTrade() throws Exception {
        Session s = new Session();
        // The script finds trade.csv beside itself, through .z.f.
        s.load(Path.of("../examples/load-csv.q"));
        assertThat(s.execute("count trade")).isEqualTo("1000");
        assertThat(s.execute("meta trade")).isEqualTo("c    | t f a\n-----| -----\nsym  | s    \nprice| f    \nsize | j    ");
        assertThat(Long.parseLong(s.execute("count select sym,price from trade where size > 50000"))).isPositive();
    }

    @Test
    void largeCsvLoadsQuickly() throws Exception {
        StringBuilder sb = new StringBuilder("sym,price,size\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append("S").append(i % 50).append(',').append(100 + (i % 997) * 0.25).append(',').append(i * 7 % 100_000).append('\n');
        }
        Files.writeString(dir.resolve("big.csv"), sb);
        long start = System.nanoTime();
        run("big:(\"SFJ\";enlist \",\") 0: `:DIR/big.csv");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(run("count big")).isEqualTo("100000");
        assertThat(run("sum big`size")).isEqualTo(String.valueOf(sumSizes()));
        assertThat(ms).isLessThan(3000);
    }

    private static long sumSizes() {
        long s = 0;
        for (int i = 0; i < 100_000; i++) {
            s += i * 7L % 100_000;
        }
        return s;
    }
}
