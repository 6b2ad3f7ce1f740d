package io.mserve.engine.session;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What bootstrap.q defines in every session: the {@code .q} and {@code .Q} constants and the {@code .Q} utilities written in q (ref/dotq.md). */
class BootstrapTest {
    @Test
    void characterSetsAndTypeLetters() {
        assertPrints(".Q.A", "\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\"");
        assertPrints(".Q.a", "\"abcdefghijklmnopqrstuvwxyz\"");
        assertPrints(".Q.an", "\"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789\"");
        assertPrints(".Q.b6", "\"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\"");
        assertPrints(".Q.n", "\"0123456789\"");
        assertPrints(".Q.nA", "\"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\"");
        assertPrints(".Q.t", "\" bg xhijefcspmdznuvts\"");
        assertPrints(".Q.t?\"j\"", "7");
        assertPrints(".q.csv", "\",\"");
    }

    @Test
    void reservedWordsAreTheNativeKeywords() {
        assertPrints(".Q.res,key`.q", "`abs`acos`asin`atan`avg`bin`binr`cor`cos`cov`delete`dev`div`do`enlist`exec`ex..");
        assertPrints("count .Q.res", "43");
        assertPrints(".Q.M", "0W");
        assertPrints("0W~.Q.M", "1b");
    }

    @Test
    void theVersionIsTheOneDotZReports() {
        assertPrints(".Q.k", "4.1");
        assertPrints(".Q.K", "2025.11.25");
        assertPrints("(.Q.k~.z.K),.Q.K~.z.k", "11b");
    }

    @Test
    void aNameBootstrapDefinesHasNoNyiStandInAmongThePrimitives() {
        Session s = new Session();
        assertThat(s.primitive(".Q.x10")).isNull();
        assertThat(s.primitive(".h.ht")).isNull();
        assertThat(s.primitive("gtime")).isNotNull();
        assertSignals(".h.ht`x", "nyi");
    }

    @Test
    void base64AndBase36NumbersOfFixedWidth() {
        assertPrints(".Q.x10 12345", "\"AAAAAAADA5\"");
        assertPrints(".Q.j10 .Q.x10 12345", "12345");
        assertPrints(".Q.j10 each .Q.x10 each 12345+1 2 3", "12346 12347 12348");
        assertPrints(".Q.x12 12345", "\"0000000009IX\"");
        assertPrints(".Q.j12 .Q.x12 12345", "12345");
    }

    @Test
    void isTableAndTypeLetterOfAList() {
        assertPrints(".Q.qt each(([]a:1 2);([k:1 2]a:3 4);1 2;`a`b!1 2)", "1100b");
        assertTranscript("""
                q)t:([]a:3 4 5;b:"abc";c:(3;"xy";`ab);d:3 2#3 4 5;e:("abc";"de";"fg"))
                q).Q.ty each t`a`b`c`d`e
                "jc JC"
                """);
    }

    @Test
    void functionsOfTables() {
        assertTranscript("""
                q)src:([]sym:`a`b;x:1 2)
                q).Q.ff[src] enlist `sym`ratioA`ratioB!3#1
                sym x ratioA ratioB
                -------------------
                a   1
                b   2
                q)meta .Q.ff[src] enlist `sym`ratioA`ratioB!3#1
                c     | t f a
                ------| -----
                sym   | s
                x     | j
                ratioA| j
                ratioB| j
                q).Q.ff[src;([]x:1 2)]~src
                1b
                q)s:([s:`s1`s2`s3`s4`s5]name:`smith`jones`blake`clark`adams;status:20 10 30 20 30;city:`london`paris`paris`london`athens)
                q).Q.ft[{x 2 3};s]
                s | name  status city
                --| -------------------
                s3| blake 30     paris
                s4| clark 20     london
                q).Q.ft[{x 0 1};([]a:1 2 3)]
                a
                -
                1
                2
                """);
    }

    @Test
    void distinctItemsOnceAndWholeListsAtOnce() {
        assertPrints(".Q.fu[{x*x};1 2 1 3]", "1 4 1 9");
        assertPrints(".Q.fu[neg;5]", "-5");
        assertPrints("vec:1000?30;f:{exp x*x};(f vec)~.Q.fu[f;vec]", "1b");
        assertPrints(".Q.fc[{2 xexp x};til 4]", "1 2 4 8f");
    }

    @Test
    void pathsAndSuffixedSymbols() {
        assertPrints(".Q.dd[`:dir]`file", "`:dir/file");
        assertPrints(".Q.dd[`AAPL]\"O\"", "`AAPL.O");
        assertTranscript("""
                q)update sym:esym .Q.dd'ex from([]esym:`AAPL`IBM;ex:"ON")
                esym ex sym
                --------------
                AAPL O  AAPL.O
                IBM  N  IBM.N
                """);
    }

    @Test
    void optionsOfTheCommandLineAsADictionary() {
        assertTranscript("""
                q).Q.opt ("-param1";"-param2";"as";"asd";"-param3")
                param1| ()
                param2| ("as";"asd")
                param3| ()
                q).Q.opt ("/Users/me/q/m64/q";"path/to/source";"path/to/destn");
                q).Q.x
                "/Users/me/q/m64/q"
                "path/to/source"
                "path/to/destn"
                q).Q.def[`abc`xyz`efg!(1;2.;`a)].Q.opt ("-abc";"123";"-xyz";"321")
                abc| 123
                xyz| 321f
                efg| `a
                q).Q.def[`param1`param2`param3!(1;1999.01.01;23.1)].Q.opt ("-param1";"11";"-param2";"2000.01.01";"-param3";"wrong")
                param1| 11
                param2| 2000.01.01
                param3| 0n
                q)(.Q.opt ("a";"-1";"-n";"-2"))~(enlist`n)!enlist enlist"-2"
                1b
                q).Q.x
                "a"
                "-1"
                """);
    }

    @Test
    void partitionsAreAlreadyInMemoryAndTheRestIsNyi() {
        assertPrints(".Q.MAP[]", "");
        assertSignals(".Q.view 2020.01.01", "PV");
        assertSignals(".Q.bv[]", "nyi");
        assertSignals(".Q.li 2020.01.01", "nyi");
        assertSignals(".Q.fk `c", "nyi");
        assertSignals(".Q.prf0 123", "nyi");
        assertSignals(".Q.ipc[3;()!()]", "nyi");
    }

    @Test
    void fixedWidthRecordsLoadedInChunksProcessedAndSaved(@TempDir Path dir) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(19 + 5 * 19).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[19]);
        for (int i = 0; i < 5; i++) {
            b.putInt(i).putInt(100 * i).putInt(10 * i).putShort((short) (i % 2 == 1 ? 240 : 0)).putShort((short) 0)
                    .put((byte) 'A').put((byte) 'x').put((byte) 'N');
        }
        Files.write(dir.resolve("src"), b.array());
        Session q = new Session();
        q.execute("D:hsym`$\"" + dir + "\"");
        q.execute("s:(.Q.dd[D;`src];19;0);f:`time`price`size`stop`corr`cond`ex;t:(\"iiihhc c\";4 4 4 2 2 1 1 1)");
        q.execute("g:{x[`stop]=:240h;@[x;`price;%;1e4]}");
        q.execute(".Q.M:2");
        assertThat(q.execute(".Q.dsftg[(D;2000.10.02;`trade);s;f;t;g]")).isEmpty();
        assertThat(q.execute("get .Q.par[D;2000.10.02;`trade]").replaceAll("(?m) +$", "")).isEqualTo("""
                time price size stop corr cond ex
                ---------------------------------
                0    0     0    0    0    A    N
                1    0.01  10   1    0    A    N
                2    0.02  20   0    0    A    N
                3    0.03  30   1    0    A    N
                4    0.04  40   0    0    A    N""");
        q.execute(".Q.dsftg[(D;2000.10.03;`trade);(s 0;19;-2);f;t;::]");
        assertThat(q.execute("count get .Q.par[D;2000.10.03;`trade]")).isEqualTo("4");
    }

    @Test
    void savingEveryTableToAPartitionEmptiesThem(@TempDir Path dir) {
        Session q = new Session();
        q.execute("D:hsym`$\"" + dir + "\";t:([]sym:`a`b`a;p:1 2 3);u:([]sym:`c`d;q:1 2)");
        q.execute(".Q.hdpf[0;D;2020.01.01;`sym]");
        assertThat(q.execute("count each (t;u)")).isEqualTo("0 0");
        assertThat(q.execute("(get .Q.par[D;2020.01.01;`t])`p")).isEqualTo("1 3 2");
    }

    @Test
    void everySessionGetsItsOwnDefinitions() {
        Session one = new Session();
        Session two = new Session();
        one.execute(".Q.x10:{x}");
        assertThat(one.execute(".Q.x10 1")).isEqualTo("1");
        assertThat(two.execute(".Q.x10 1")).isEqualTo("\"AAAAAAAAAB\"");
    }

    @Test
    void versionOfTheQDefinitions() {
        assertPrints("type .Q.k", "-9h");
        assertPrints("type .Q.K", "-14h");
    }
}
