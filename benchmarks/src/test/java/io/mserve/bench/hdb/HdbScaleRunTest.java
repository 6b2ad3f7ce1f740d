package io.mserve.bench.hdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale run on a tiny HDB: engine secondaries started by a real primary load it and answer through it. */
class HdbScaleRunTest {

    @Test
    void everySecondaryLoadsTheHdbAndAnswersThroughThePrimary(@TempDir Path tmp) throws Exception {
        HdbOptions options = MakeTradesHdbScriptTest.tinyOptions(tmp, 2, 3000);
        options.hdb().ensure(options.script(), options.heap());
        List<HdbQueries.Query> queries = HdbQueries.of(options.hdb().dates());
        HdbScaleRun.Run run = HdbScaleRun.serve(options, queries, 2);
        assertThat(run.memory()).hasSize(2).allSatisfy(m -> assertThat(m.rssKb()).isPositive());
        assertThat(run.idleMemory()).hasSize(2);
        // count by date: two dates of 3000 trades, from whichever secondary ran it.
        assertThat(run.timings().get(3).answer()).isEqualTo(new Answer(2, 6000));
        assertThat(run.timings().get(0).answer().rows()).isEqualTo(3000);
    }
}
