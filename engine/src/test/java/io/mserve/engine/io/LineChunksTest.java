package io.mserve.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mserve.engine.session.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .Q.fs .Q.fsn .Q.fps .Q.fpn} (ref/dotq.md): a file streamed through a function in chunks of complete lines. */
class LineChunksTest {
    @TempDir
    Path dir;

    private final Session q = new Session();

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(StandardCharsets.ISO_8859_1));
        return handle(p);
    }

    // A temporary directory's name may hold a hyphen, which ends a symbol literal.
    private static String handle(Path p) {
        return "(hsym`$\"" + p + "\")";
    }

    @Test
    void theFunctionGetsTheLinesAndTheResultIsTheFilesSize() throws IOException {
        String f = file("potamus.csv", "Take,a,hippo\nA,man,a\n");
        assertThat(q.execute(".Q.fs[0N!]" + f)).isEqualTo("(\"Take,a,hippo\";\"A,man,a\")\n21");
        assertThat(q.execute(".Q.fs[{0N!(\"SSS\";\",\")0:x}]" + f)).isEqualTo("(`Take`A;`a`man;`hippo`a)\n21");
    }

    @Test
    void eachChunkEndsAtALineEnd() throws IOException {
        String f = file("lines.txt", "aaa\nbbb\nccc\nddd\neee\n");
        q.execute("c:()");
        assertThat(q.execute(".Q.fsn[{c,:enlist x};" + f + ";9]")).isEqualTo("20");
        assertThat(q.execute("count each c")).isEqualTo("2 2 1");
        assertThat(q.execute(("raze c")).replace("\n", " ")).isEqualTo("\"aaa\" \"bbb\" \"ccc\" \"ddd\" \"eee\"");
    }

    @Test
    void aLineLongerThanAChunkComesWhole() throws IOException {
        String f = file("long.txt", "x".repeat(50) + "\nshort\n");
        q.execute("c:()");
        q.execute(".Q.fsn[{c,:x};" + f + ";8]");
        assertThat(q.execute("count each c")).isEqualTo("50 5");
    }

    @Test
    void theLastLineNeedsNoNewlineAndCarriageReturnsGo() throws IOException {
        String f = file("crlf.txt", "one\r\ntwo\r\nthree");
        q.execute("c:()");
        assertThat(q.execute(".Q.fs[{c,:x};" + f + "]")).isEqualTo("15");
        assertThat(q.execute("c")).isEqualTo("\"one\"\n\"two\"\n\"three\"");
    }

    @Test
    void anEmptyFileCallsNothing() throws IOException {
        String f = file("empty.txt", "");
        q.execute("n:0");
        assertThat(q.execute(".Q.fs[{n+:1};" + f + "]")).isEqualTo("0");
        assertThat(q.execute("n")).isEqualTo("0");
    }

    @Test
    void badArgumentsSignal() throws IOException {
        String f = file("x.txt", "a\n");
        assertThat(q.execute(".Q.fsn[::;" + f + ";0]")).isEqualTo("'domain");
        assertThat(q.execute(".Q.fsn[::;" + f + ";-1]")).isEqualTo("'domain");
        assertThat(q.execute(".Q.fsn[::;" + f + ";0W]")).isEqualTo("'domain");
        assertThat(q.execute(".Q.fs[::;\"x.txt\"]")).isEqualTo("'type");
        assertThat(q.execute(".Q.fs[::;" + handle(dir.resolve("missing")) + "]")).startsWith("'" + dir.resolve("missing"));
        assertThat(q.execute(".Q.fs[{'`stop};" + f + "]")).isEqualTo("'stop");
    }

    @Test
    void aNamedPipeStreamsAsAFileDoes() throws Exception {
        Path fifo = dir.resolve("fifo");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is available");
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write("p\nq\nr\n".getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        q.execute("c:()");
        assertThat(q.execute(".Q.fpn[{c,:x};" + handle(fifo) + ";4]")).isEqualTo("6");
        writer.get();
        assertThat(q.execute("c")).isEqualTo(",\"p\"\n,\"q\"\n,\"r\"");
    }
}
