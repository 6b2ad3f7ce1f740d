package io.mserve.bench.mapped;

import io.mserve.engine.io.ColumnScan;
import io.mserve.engine.io.MappedColumn;
import io.mserve.engine.ops.aggregate.Agg;
import io.mserve.engine.ops.compare.Cmp;
import io.mserve.engine.session.Session;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One partition's column (10M longs, 10M floats: 80 MB each, written by the engine's {@code set})
 * aggregated three ways: scanned in its mapped pages ({@link ColumnScan}, what a whole-partition
 * {@code select sum/min/max} does), over the heap vector a query already materialised (a warm
 * working set), and materialised from the mapping then aggregated (a query's first touch). The
 * files sit in the page cache after the first iteration, as a served HDB's do. Ratios: mapped/heap
 * and materialise/heap from one run; {@code count where c>50} in the pages and over the heap
 * vector (long column only).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@State(Scope.Benchmark)
public class MappedColumnBenchmark {
    @Param({"10000000"})
    int rows;

    @Param({"long", "float"})
    String type;

    private Path dir;
    private Path file;
    private K heap;
    private static final K FIFTY = new LongAtom(-QType.LONG, 50);

    @Setup
    public void write() throws IOException {
        dir = Files.createTempDirectory("mapped");
        file = dir.resolve("c");
        String items = type.equals("long") ? "til " + rows : rows + "?100f";
        new Session().evaluate("`:" + file + " set " + items);
        heap = MappedColumn.read(file, name -> null, MappedColumn.CHUNK);
    }

    @TearDown
    public void delete() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public K sumMapped() {
        return ColumnScan.aggregate(file, "sum");
    }

    @Benchmark
    public K sumHeap() {
        return Agg.sum(heap);
    }

    @Benchmark
    public K sumMaterialised() {
        return Agg.sum(MappedColumn.read(file, name -> null, MappedColumn.CHUNK));
    }

    @Benchmark
    public K maxMapped() {
        return ColumnScan.aggregate(file, "max");
    }

    @Benchmark
    public K maxHeap() {
        return Agg.max(heap);
    }

    /** {@code count where c>50} of a long column: counted in the pages (-1 for the float column). */
    @Benchmark
    public long countWhereMapped() {
        return ColumnScan.count(file, ">", 50);
    }

    /** The same over the heap vector: the comparison's boolean vector, then its sum. */
    @Benchmark
    public K countWhereHeap() {
        return Agg.sum(Cmp.gt(heap, FIFTY));
    }

    @Benchmark
    public long countMapped() {
        return MappedColumn.rows(file, name -> null);
    }
}
