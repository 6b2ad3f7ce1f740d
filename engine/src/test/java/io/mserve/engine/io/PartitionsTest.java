package io.mserve.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A partitioned database once loaded (ref/dotq.md): the state {@code \l} sets, and
 * {@code .Q.qp .Q.ind .Q.cn .Q.v .Q.V .Q.chk .Q.l .Q.lo}. Three date partitions of {@code t}; {@code tt}
 * only in the last.
 */
class PartitionsTest {
    @RegisterExtension
    final ScratchDirectory scratch = new ScratchDirectory("qhdb");
    private final Path dir = scratch.path();

    @BeforeEach
    void save() {
        run("t:([]time:09:00:00.000+til 5;sym:`a`b`a`c`b;num:til 5)");
        assertThat(run(".Q.dpft[`:DIR;;`sym;`t]each 2010.01.01+til 3")).isEqualTo("`t`t`t");
        run("tt:t");
        run(".Q.dpft[`:DIR;2010.01.03;`sym;`tt]");
    }

    private String run(String text) {
        return scratch.run(text);
    }

    @Test
    void loadingDefinesThePartitionState() {
        run("\\l DIR");
        assertThat(run(".Q.pf")).isEqualTo("`date");
        assertThat(run(".Q.pv")).isEqualTo("2010.01.01 2010.01.02 2010.01.03");
        assertThat(run(".Q.PV~.Q.pv")).isEqualTo("1b");
        assertThat(run("date")).isEqualTo("2010.01.01 2010.01.02 2010.01.03");
        assertThat(run(".Q.pt")).isEqualTo("`t`tt");
        assertThat(run("count .Q.PD")).isEqualTo("3");
        assertThat(run("distinct .Q.PD")).isEqualTo(",`:" + dir);
        assertThat(run(".Q.pd~.Q.PD")).isEqualTo("1b");
        assertThat(run(".Q.u")).isEqualTo("1b");
        assertThat(run("count each .Q.pn")).isEqualTo("t | 0\ntt| 0");
    }

    @Test
    void countsPerPartitionAreCached() {
        run("\\l DIR");
        assertThat(run(".Q.cn t")).isEqualTo("5 5 5");
        assertThat(run(".Q.cn tt")).isEqualTo("0 0 5");
        assertThat(run(".Q.pn")).isEqualTo("t | 5 5 5\ntt| 0 0 5");
        assertThat(run("(.Q.pv!flip .Q.pn)2010.01.02")).isEqualTo("t | 5\ntt| 0");
        assertThat(run(".Q.cn select from t where num>0")).isEqualTo("'type");
    }

    @Test
    void onlyAPartitionedTableIsPartitioned() {
        run("\\l DIR");
        assertThat(run(".Q.qp t")).isEqualTo("1b");
        assertThat(run("x:t;.Q.qp x")).isEqualTo("1b");
        assertThat(run(".Q.qp select from t where num>0")).isEqualTo("0");
        assertThat(run(".Q.qp 42")).isEqualTo("0");
    }

    @Test
    void rowsByLongIndex() {
        run("\\l DIR");
        assertThat(run(".Q.ind[t;0 5 14]")).isEqualTo("""
                date       sym time         num
                -------------------------------
                2010.01.01 a   09:00:00.000 0
                2010.01.02 a   09:00:00.000 0
                2010.01.03 c   09:00:00.003 3""".stripIndent());
        assertThat(run("(select from t where date=2010.01.02)~.Q.ind[t;5+til 5]")).isEqualTo("1b");
        assertThat(run(".Q.ind[t;0 1i]")).isEqualTo("'type");
        assertThat(run(".Q.ind[([]a:1 2);0 1]")).isEqualTo("'type");
    }

    @Test
    void columnsOfTheLastPartitionWithAllPartitionValues() {
        run("\\l DIR");
        assertThat(run("key .Q.V t")).isEqualTo("`date`sym`time`num");
        assertThat(run("(.Q.V t)`date")).isEqualTo("2010.01.01 2010.01.02 2010.01.03");
        assertThat(run("count (.Q.V t)`num")).isEqualTo("5");
        assertThat(run(".Q.V ([]a:1 2)")).isEqualTo("a| 1 2");
        assertThat(run(".Q.V 1")).isEqualTo("'type");
    }

    @Test
    void valueOfAPathANameOrAnythingElse() {
        assertThat(run("cols .Q.v `:DIR/2010.01.01/t")).isEqualTo("`sym`time`num");
        run("a:42");
        assertThat(run(".Q.v `a")).isEqualTo("42");
        assertThat(run(".Q.v 1 2")).isEqualTo("1 2");
        assertThat(run(".Q.v `undefined")).isEqualTo("'undefined");
    }

    @Test
    void checkFillsTablesMissingFromPartitionsNewestFirst() {
        assertThat(run(".Q.chk `:DIR")).isEqualTo(("()\n,`:DIR/2010.01.02\n,`:DIR/2010.01.01").replace("DIR", dir.toString()));
        assertThat(run(".Q.chk `:DIR")).isEqualTo("()\n()\n()");
        run("\\l DIR");
        assertThat(run(".Q.cn tt")).isEqualTo("0 0 5");
        assertThat(run("meta tt")).isEqualTo(run("meta t"));
    }

    @Test
    void loadWithOrWithoutTheDatabasesScripts() throws IOException {
        Files.writeString(dir.resolve("init.q"), "loaded:1b\n");
        run(".Q.lo[`:DIR;0b;0b]");
        assertThat(run("count t")).isEqualTo("15");
        assertThat(run("loaded")).isEqualTo("'loaded");
        run(".Q.l `:DIR");
        assertThat(run("loaded")).isEqualTo("1b");
        assertThat(run(".Q.l 42")).isEqualTo("'type");
    }
}
