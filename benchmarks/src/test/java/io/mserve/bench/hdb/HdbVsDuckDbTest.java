package io.mserve.bench.hdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HDB benchmark end to end on a tiny database: the engine and DuckDB over its Parquet copy answer alike. */
class HdbVsDuckDbTest {

    @Test
    void everyQueryAnswersAsDuckDbDoesOverTheParquetCopy(@TempDir Path tmp) throws Exception {
        HdbOptions options = MakeTradesHdbScriptTest.tinyOptions(tmp, 3, 4000);
        HdbVsDuckDb.Result result = HdbVsDuckDb.compare(options);
        assertThat(result.rows()).hasSize(5).allSatisfy(row -> assertThat(row.agrees())
                .as(row.name() + ": engine " + row.engine().answer() + ", DuckDB " + row.duckDb().answer()).isTrue());
        // count by date: three dates of 4000 trades; the aj keeps every trade.
        assertThat(result.rows().get(3).duckDb().answer()).isEqualTo(new Answer(3, 12000));
        assertThat(result.rows().get(4).engine().answer().rows()).isEqualTo(1);
        assertThat(tmp.resolve("hdb-parquet/trade")).isDirectory();
        assertThat(tmp.resolve("hdb-parquet.partial")).doesNotExist();
    }
}
