package io.mserve.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.engine.QException;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Enumeration;
import io.mserve.ipc.value.K;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Column files read through mapped windows (see {@link MappedColumn}): the same value whatever
 * the window, so a window boundary inside the file (as past 2^31 bytes) loses nothing; counts
 * from headers alone; truncated, oversized and foreign files refused with q errors.
 */
class MappedColumnTest {
    @RegisterExtension
    final ScratchDirectory scratch = new ScratchDirectory("qmap");
    private final Path dir = scratch.path();
    private final Function<String, Domain> domains = name -> new Domain(name, () -> null);

    private Path save(String name, String value) {
        scratch.run("`:DIR/" + name + " set " + value);
        return dir.resolve(name);
    }

    @Test
    void everyWindowSizeReadsTheSameItems() {
        String[] values = {"til 1000", "1000?1f", "`int$til 999", "1000?0x00", "`short$til 777",
            "1000?0Ng", "`real$til 333", "2000.01.01D+til 100", "1000?1b"};
        for (String v : values) {
            Path f = save("v", v);
            K whole = MappedColumn.read(f, domains, MappedColumn.CHUNK);
            for (int chunk : new int[] {1, 7, 16, 24, 4096, 8000}) {
                assertThat(MappedColumn.read(f, domains, chunk)).as(v + " in windows of " + chunk).isEqualTo(whole);
            }
            assertThat(MappedColumn.rows(f, domains)).as(v).isEqualTo(whole.count());
        }
        assertThat(MappedColumn.read(save("w", "til 5"), domains, 8).toString()).contains("[0, 1, 2, 3, 4]");
    }

    @Test
    void anEnumerationReadsItsIndexesInWindowsAndNamesItsDomain() {
        scratch.run("sym:`a`b`c");
        Path f = save("e", "`sym$300#`c`a`b");
        K v = MappedColumn.read(f, domains, 40);
        assertThat(v).isInstanceOf(Enumeration.class);
        Enumeration e = (Enumeration) v;
        assertThat(e.domain().name()).isEqualTo("sym");
        assertThat(Arrays.copyOf(e.index(), 4)).containsExactly(2, 0, 1, 2);
        assertThat(e.index()).hasSize(300);
        assertThat(MappedColumn.rows(f, domains)).isEqualTo(300);
    }

    @Test
    void aPrototypeIsAnEmptyListOfTheFilesTypeFromItsHeader() throws IOException {
        scratch.run("sym:`a`b");
        assertThat(scratch.run("type `:DIR/f set 1 2 3f")).isEqualTo("-11h");
        assertThat(MappedColumn.prototype(dir.resolve("f"), domains)).isEqualTo(scratch.value("0#1 2 3f"));
        assertThat(scratch.run("`:DIR/s set `s#1 2 3")).isEqualTo("`:" + dir + "/s");
        assertThat(MappedColumn.prototype(dir.resolve("s"), domains)).isEqualTo(scratch.value("`s#0#1 2 3"));
        K e = MappedColumn.prototype(save("e", "`sym$`a`b`a"), domains);
        assertThat(((Enumeration) e).domain().name()).isEqualTo("sym");
        assertThat(e.count()).isZero();
        assertThat(MappedColumn.prototype(save("l", "(1 2;\"ab\")"), domains).count()).isZero();
        byte[] f = Files.readAllBytes(dir.resolve("f"));
        Files.write(dir.resolve("f"), Arrays.copyOf(f, 10));
        assertThatThrownBy(() -> MappedColumn.prototype(dir.resolve("f"), domains)).isInstanceOf(QException.class);
    }

    @Test
    void otherFilesAreDecodedWhole() {
        Path f = save("l", "(1 2;`a;\"xyz\")");
        assertThat(MappedColumn.rows(f, domains)).isEqualTo(3);
        assertThat(MappedColumn.read(f, domains, 8).count()).isEqualTo(3);
    }

    @Test
    void truncatedOversizedAndForeignFilesSignal() throws IOException {
        Path f = save("v", "til 10");
        byte[] bytes = Files.readAllBytes(f);
        Path cut = dir.resolve("cut");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 8));
        assertSignals(cut, cut + ": corrupt file");
        Path head = dir.resolve("head");
        Files.write(head, Arrays.copyOf(bytes, 10));
        assertSignals(head, null);
        Path huge = dir.resolve("huge");
        byte[] big = bytes.clone();
        ByteBuffer.wrap(big).order(ByteOrder.LITTLE_ENDIAN).putLong(8, Long.MAX_VALUE);
        Files.write(huge, big);
        assertSignals(huge, huge + ": corrupt file");
        Path negative = dir.resolve("negative");
        ByteBuffer.wrap(big).order(ByteOrder.LITTLE_ENDIAN).putLong(8, -1);
        Files.write(negative, big);
        assertSignals(negative, negative + ": corrupt file");
        Path empty = dir.resolve("empty");
        Files.write(empty, new byte[0]);
        assertSignals(empty, null);
        Path foreign = dir.resolve("foreign");
        Files.write(foreign, "hello world, no kdb+ here".getBytes());
        assertSignals(foreign, null);
        Path enumCut = dir.resolve("enumcut");
        scratch.run("sym:`a`b");
        byte[] e = Files.readAllBytes(save("e", "`sym$`a`b`a"));
        Files.write(enumCut, Arrays.copyOf(e, e.length - 1));
        assertSignals(enumCut, enumCut + ": corrupt file");
    }

    // a q error (the one named, when not null), never a Java exception of another kind
    private void assertSignals(Path f, String error) {
        for (int chunk : new int[] {8, MappedColumn.CHUNK}) {
            var thrown = assertThatThrownBy(() -> MappedColumn.read(f, domains, chunk)).isInstanceOf(QException.class);
            if (error != null) {
                thrown.hasMessage(error);
            }
        }
    }
}
