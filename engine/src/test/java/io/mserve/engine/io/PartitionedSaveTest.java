package io.mserve.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code .Q.en .Q.ens .Q.dpft .Q.dpfts .Q.dpt .Q.dpts .Q.Xf .Q.Cf} (ref/dotq.md). */
class PartitionedSaveTest {
    @RegisterExtension
    final ScratchDirectory scratch = new ScratchDirectory("qsave");
    private final Path dir = scratch.path();

    private String run(String text) {
        return scratch.run(text);
    }

    @Test
    void enumeratingAgainstANamedDomain() {
        run("t:([]a:`c`a`b`a;b:til 4)");
        assertThat(run("([]a:`mysym$`c`a`b`a;b:til 4)~.Q.ens[`:DIR;t;`mysym]")).isEqualTo("1b");
        assertThat(run("mysym")).isEqualTo("`c`a`b");
        assertThat(run("get `:DIR/mysym")).isEqualTo("`c`a`b");
        assertThat(run("sym")).isEqualTo("'sym");
        assertThat(run(".Q.ens[`:DIR;t;1]")).isEqualTo("'type");
    }

    @Test
    void enumeratingWithoutADirectoryTouchesNoFile() {
        run("sym:enlist`x");
        run(".Q.en[::;([]s:`y`x)]");
        assertThat(run("sym")).isEqualTo("`x`y");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void savingToAPartitionWithItsOwnDomain() throws IOException {
        run("t:([]a:`c`a`b`a;b:4 3 2 1)");
        assertThat(run(".Q.dpfts[`:DIR;2007.07.23;`a;`t;`mysym]")).isEqualTo("`t");
        assertThat(run("mysym")).isEqualTo("`c`a`b");
        assertThat(domainOf(dir.resolve("2007.07.23/t/a"))).isEqualTo("mysym");
        assertThat(run("\\l DIR")).isEmpty();
        assertThat(run("select a,b from t")).isEqualTo("a b\n---\na 3\na 1\nb 2\nc 4");
    }

    @Test
    void savingUnsorted() throws IOException {
        run("t:([]a:`c`a`b;b:3 1 2)");
        assertThat(run(".Q.dpt[`:DIR;2007.07.23;`t]")).isEqualTo("`t");
        assertThat(run(".Q.dpts[`:DIR;2007.07.24;`t;`s2]")).isEqualTo("`t");
        assertThat(run("get `:DIR/2007.07.23/t/b")).isEqualTo("3 1 2");
        assertThat(domainOf(dir.resolve("2007.07.24/t/a"))).isEqualTo("s2");
        assertThat(run("get `:DIR/2007.07.24/t/a")).isEqualTo("`s2$`c`a`b");
        assertThat(run("cols get `:DIR/2007.07.23/t")).isEqualTo("`a`b");
        assertThat(run(".Q.dpt[`:DIR;2007.07.23;`nosuch]")).isEqualTo("'type");
    }

    // An enumerated column file names its domain from byte 16, NUL-terminated.
    private static String domainOf(Path column) throws IOException {
        byte[] b = Files.readAllBytes(column);
        int end = 16;
        while (b[end] != 0) {
            end++;
        }
        return new String(b, 16, end - 16, StandardCharsets.ISO_8859_1);
    }

    @Test
    void anEmptyNestedVectorFileHasKdbsHeader() throws IOException {
        assertThat(run(".Q.Xf[\"C\";`:DIR/nested]")).isEqualTo("`:" + dir + "/nested#");
        byte[] b = Files.readAllBytes(dir.resolve("nested"));
        assertThat(b).hasSize(16).startsWith((byte) 0xfe, (byte) 0x20, (byte) 87);
        assertThat(Files.size(dir.resolve("nested#"))).isZero();
        run(".Q.Cf `:DIR/chars");
        assertThat(Files.readAllBytes(dir.resolve("chars"))[2]).isEqualTo((byte) 87);
        run(".Q.Xf[`long;`:DIR/longs]");
        assertThat(Files.readAllBytes(dir.resolve("longs"))[2]).isEqualTo((byte) 84);
        assertThat(run(".Q.Xf[\"?\";`:DIR/x]")).isEqualTo("'type");
        assertThat(run(".Q.Xf[1;`:DIR/x]")).isEqualTo("'type");
    }
}
