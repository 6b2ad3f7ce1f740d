package io.mserve.engine.io;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 0: reads and writes delimited text, save and load move tables through files, read0/read1/hdel (ref/file-text.md, ref/save.md). */
class TextFilesTest {
    private final Path dir = KdbFilesTest.temp();

    @AfterEach
    void clean() throws IOException {
        KdbFilesTest.delete(dir);
    }

    private String in(String transcript) {
        return transcript.stripIndent().replace("DIR", dir.toString());
    }

    @Test
    void csvWithAHeaderReadsAsATableOfTheGivenTypes() {
        assertTranscript(in("""
            q)`:DIR/t.csv 0: ("sym,price,size,d";"a,1.5,100,2020.01.02";"b,,200,2020-01-03")
            `:DIR/t.csv
            q)t:("SFJD";enlist ",") 0: `:DIR/t.csv
            q)t
            sym price size d
            -------------------------
            a   1.5   100  2020.01.02
            b         200  2020.01.03
            """));
    }

    @Test
    void withoutAHeaderColumnsAreListsAndBlankTypesAreSkipped() {
        assertTranscript("""
            q)("S J";",") 0: ("a,x,1";"b,y,2")
            a b
            1 2
            q)("DT";",") 0: "20130315,185540686"
            2013.03.15
            18:55:40.686
            q)(12 345i;`ab`cd)~("IS";3 2) 0: ("12 ab";"345cd")
            1b
            """);
    }

    @Test
    void csvWritesATableQuotingWhatNeedsIt() {
        assertTranscript("""
            q)csv 0: ([]a:1 0N;b:`x`y;c:("p,q";"rs"))
            "a,b,c"
            "1,x,\\"p,q\\""
            ",y,rs"
            q)csv 0: ([]c:("p,q";"r"))
            'type
            """);
    }

    @Test
    void keyValuePairsParseIntoKeysAndValues() {
        assertTranscript("""
            q)"S=;" 0: "one=1;two=2"
            one  two
            ,"1" ,"2"
            """);
    }

    @Test
    void anUnknownTypeLetterIsATypeError() {
        assertTranscript("""
            q)("Q";",") 0: enlist "1"
            'type
            """);
    }

    @Test
    void saveWritesByExtensionAndLoadReadsBack() throws IOException {
        assertTranscript(in("""
            q)t:([]x:2 3;y:`ibm`amd)
            q)save `:DIR/t.csv
            `:DIR/t.csv
            q)save `:DIR/t
            `:DIR/t
            q)t:0
            q)load `:DIR/t
            `t
            q)t
            x y
            -----
            2 ibm
            3 amd
            """));
        assertThat(Files.readString(dir.resolve("t.csv"))).isEqualTo("x,y\n2,ibm\n3,amd\n");
        assertThat(Files.readAllBytes(dir.resolve("t"))[2]).isEqualTo((byte) 98);
    }

    @Test
    void read0ReadsLinesOrAByteRangeAndRead1Bytes() {
        assertTranscript(in("""
            q)`:DIR/l.txt 0: ("hello world";"bye")
            `:DIR/l.txt
            q)read0 `:DIR/l.txt
            "hello world"
            "bye"
            q)read0 (`:DIR/l.txt;6;5)
            "world"
            q)read1 (`:DIR/l.txt;0;2)
            0x6865
            q)hdel `:DIR/l.txt
            `:DIR/l.txt
            q)hdel `:DIR/l.txt
            'DIR/l.txt. OS reports: No such file or directory
            q)key `:DIR/nothing
            ()
            """));
    }

    @Test
    void anOsErrorLongerThan255CharactersKeepsItsTail() {
        assertSignals("get`$\":root/\",(250#\"path/\"),\"file\"", ".." + "path/".repeat(42)
                + "file. OS reports: No such file or directory");
    }

    @Test
    void theExampleScriptLoadsItsCsvBesideIt() throws IOException {
        Session s = new Session();
        // The script, given on the command line, finds trade.csv beside itself through .z.f.
        s.commandLine("../examples/load-csv.q", List.of(), List.of(), false);
        s.load(Path.of("../examples/load-csv.q"));
        assertThat(s.execute("count trade")).isEqualTo("1000");
        assertThat(s.execute("meta trade")).isEqualTo("c    | t f a\n-----| -----\nsym  | s    \nprice| f    \nsize | j    ");
        assertThat(Long.parseLong(s.execute("count select sym,price from trade where size > 50000"))).isPositive();
    }

    @Test
    void aLargeCsvLoadsInUnderThreeSeconds() throws IOException {
        StringBuilder sb = new StringBuilder("sym,price,size\n");
        long sum = 0;
        for (int i = 0; i < 100_000; i++) {
            sb.append("S").append(i % 50).append(',').append(100 + (i % 997) * 0.25).append(',').append(i * 7 % 100_000).append('\n');
            sum += i * 7L % 100_000;
        }
        Files.writeString(dir.resolve("big.csv"), sb);
        Session q = new Session();
        long start = System.nanoTime();
        q.execute(in("big:(\"SFJ\";enlist \",\") 0: `:DIR/big.csv"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(q.execute("count big")).isEqualTo("100000");
        assertThat(q.execute("sum big`size")).isEqualTo(Long.toString(sum));
        assertThat(ms).isLessThan(3000);
    }
}
