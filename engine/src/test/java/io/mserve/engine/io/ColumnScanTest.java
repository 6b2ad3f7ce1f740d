package io.mserve.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.QException;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code sum min max} of a long or float column file scanned in its mapped pages: the answers q
 * gives for the column read into memory (ref/sum.md, ref/max.md: nulls skipped, the infinity of
 * the type when there is nothing), whatever the window mapped at once.
 */
class ColumnScanTest {
    @RegisterExtension
    final ScratchDirectory scratch = new ScratchDirectory("qscan");
    private final Path dir = scratch.path();

    @Test
    void aggregatesOfAMappedColumnAreThoseOfTheColumnInMemory() {
        String[] columns = {"1000?100", "1 0N 3 -7", "0N 0N", "`long$()", "1000?10f", "1 0n 3 -7f", "0n 0n", "`float$()"};
        for (String c : columns) {
            scratch.run("`:DIR/c set " + c);
            for (String fn : new String[] {"sum", "min", "max"}) {
                K expected = scratch.value(fn + " get `:DIR/c");
                for (int chunk : new int[] {8, 24, 4096, MappedColumn.CHUNK}) {
                    assertThat(ColumnScan.aggregate(dir.resolve("c"), fn, chunk)).as(fn + " " + c + " in windows of " + chunk)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void comparisonsOfALongColumnAreCountedAsQComparesLongs() {
        scratch.run("`:DIR/c set 0N -5 0 3 3 7 0N 9 -0W 0W");
        for (String op : new String[] {"<", ">", "<=", ">=", "=", "<>"}) {
            for (String v : new String[] {"3", "0N", "-0W", "0W", "-6"}) {
                long expected = Long.parseLong(scratch.run("`long$sum (get `:DIR/c)" + op + v));
                long value = ((LongAtom) scratch.value(v)).value();
                for (int chunk : new int[] {8, 24, MappedColumn.CHUNK}) {
                    assertThat(ColumnScan.count(dir.resolve("c"), op, value, chunk)).as("c" + op + v).isEqualTo(expected);
                }
            }
        }
        scratch.run("`:DIR/f set 1 2f");
        assertThat(ColumnScan.count(dir.resolve("f"), "<", 1)).isEqualTo(-1);
    }

    @Test
    void otherColumnsAndFunctionsAreLeftToTheHeap() {
        scratch.run("`:DIR/i set 1 2 3i");
        scratch.run("`:DIR/s set `a`b");
        scratch.run("`:DIR/j set 1 2 3");
        assertThat(ColumnScan.aggregate(dir.resolve("i"), "sum")).isNull();
        assertThat(ColumnScan.aggregate(dir.resolve("s"), "sum")).isNull();
        assertThat(ColumnScan.aggregate(dir.resolve("j"), "avg")).isNull();
    }

    @Test
    void aTruncatedColumnSignalsLength() throws IOException {
        scratch.run("`:DIR/j set til 10");
        byte[] b = Files.readAllBytes(dir.resolve("j"));
        Files.write(dir.resolve("cut"), Arrays.copyOf(b, b.length - 1));
        try {
            ColumnScan.aggregate(dir.resolve("cut"), "sum");
            throw new AssertionError("no error");
        } catch (QException e) {
            assertThat(e.text()).isEqualTo(dir.resolve("cut") + ": corrupt file");
        }
    }
}
