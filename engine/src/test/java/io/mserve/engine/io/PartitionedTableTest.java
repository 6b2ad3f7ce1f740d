package io.mserve.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A partitioned table once {@code \l} has loaded it (kb/partition.md, ref/select.md, ref/dotq.md):
 * only {@code .d} files are read at load, a query reads the columns it names from the partitions
 * its leading partition-field constraints choose, {@code i} counts rows within a partition, and
 * what kdb+ refuses on a partitioned table signals {@code 'par}. Three date partitions of
 * {@code t} (5 rows each: num 0..4, sym a b a c b).
 */
class PartitionedTableTest {
    @RegisterExtension
    final ScratchDirectory scratch = new ScratchDirectory("qpart");
    private final Path dir = scratch.path();

    @BeforeEach
    void save() {
        run("t:([]time:09:00:00.000+til 5;sym:`a`b`a`c`b;num:til 5)");
        run(".Q.dpft[`:DIR;;`sym;`t]each 2010.01.01+til 3");
        // the rows as .Q.dpft writes them: by sym, sym first, under their date
        run("m:`date xcols raze {update date:x from `sym xcols `sym xasc t} each 2010.01.01+til 3");
    }

    private String run(String text) {
        return scratch.run(text);
    }

    private void corrupt(String partition, String column) throws IOException {
        Files.write(dir.resolve(partition).resolve("t").resolve(column), new byte[] {1, 2, 3});
    }

    @Test
    void aPartitionedTableIsItsColumnsAndName() {
        run("\\l DIR");
        assertThat(run("t")).isEqualTo("+`sym`time`num!`t");
        assertThat(run("type t")).isEqualTo("98h");
        assertThat(run("count t")).isEqualTo("15");
        assertThat(run("cols t")).isEqualTo("`date`sym`time`num");
        assertThat(run("tables[]")).isEqualTo("`m`t");
        assertThat(run("?[t;enlist(within;`date;2010.01.02 2010.01.03);0b;(enlist`n)!enlist(count;`i)]")).isEqualTo("n\n--\n10");
        assertThat(run("exec c!t from meta t")).isEqualTo("date| d\nsym | s\ntime| t\nnum | j");
    }

    @Test
    void loadingReadsNoColumnData() throws IOException {
        corrupt("2010.01.01", "num");
        corrupt("2010.01.02", "time");
        run("\\l DIR");
        assertThat(run("cols t")).isEqualTo("`date`sym`time`num");
        assertThat(run("select num from t where date=2010.01.03")).isEqualTo("num\n---\n0\n2\n1\n4\n3");
        assertThat(run("select sym,time from t where date<>2010.01.02")).startsWith("sym time\n");
    }

    @Test
    void partitionFieldConstraintsChooseThePartitionsBeforeAnyColumnIsRead() throws IOException {
        corrupt("2010.01.01", "num");
        corrupt("2010.01.01", "sym");
        run("\\l DIR");
        assertThat(run("exec num from t where date=2010.01.02")).isEqualTo("0 2 1 4 3");
        assertThat(run("exec date from t where date within 2010.01.02 2010.01.03,num<2"))
                .isEqualTo("2010.01.02 2010.01.02 2010.01.03 2010.01.03");
        assertThat(run("count select from t where date in 2010.01.03 2010.01.05")).isEqualTo("5");
        assertThat(run("exec sum num from t where date>2010.01.01")).isEqualTo("20");
        assertThat(run("exec count i from t where date>=2010.01.02,date<=2010.01.02")).isEqualTo("5");
        assertThat(run("select from t where date=2010.01.09")).isEqualTo("date sym time num\n-----------------");
        assertThat(run("select num from t")).isNotEqualTo(run("select num from t where date>2010.01.01"));
        assertThat(run("@[{select num from t};::;{\"failed\"}]")).isEqualTo("\"failed\"");
    }

    @Test
    void aQueryEqualsTheSameQueryOverTheRowsInMemory() {
        run("\\l DIR");
        for (String q : new String[] {
            "select from T", "select sum num,avg num,max num,min num,count i,first sym,last time by sym from T",
            "select dev num,var num,wavg[num;num],wsum[num;num] by date from T", "exec num from T where sym=`b",
            "select[4] from T where num>0", "select distinct sym from T", "select num by date.month from T",
            "select count i by date,sym from T where num within 1 3", "select sum num,max num,min num,count i,count sym from T",
            "select max time,sum time from T", "select min num from T where date>2010.01.01", "select max sym from T",
            "select avg num,num wavg num,sum num by sym from T where num>0", "select last num,first num by 2 xbar num from T",
            "select sum num by date,sym from T where date>2010.01.01,sym<>`b", "select[7] from T where num>0",
            "select[2 3] num from T", "select[-3] sym,num from T", "select sym,date from T where num=1", "select[0] from T",
            "select n:count i,count sym by date from T", "select count i by date from T where date>2010.01.01",
            "select count i from T where num>2", "select n:count i,count sym from T where date>2010.01.01,num<>1",
            "select count i from T where num=0N", "select count i from T where num<=1"}) {
            assertThat(run(q.replace("T", "t"))).as(q).isEqualTo(run(q.replace("T", "m")));
        }
        assertThat(run("select sum num by sym from t")).isEqualTo("""
                sym| num
                ---| ---
                a  | 6
                b  | 15
                c  | 9""".stripIndent());
    }

    @Test
    void aggregatesByAColumnWhoseKeysLieInRunsEqualTheSameQueryInMemory() {
        // 900 rows a date, written by sym: runs of 300; a fourth date splayed unsorted (keys not in runs)
        run("u:([]sym:900#`c`a`b;num:til 900;px:0.5*900#til 7)");
        run(".Q.dpft[`:DIR;;`sym;`u]each 2010.01.01+til 3");
        run("`:DIR/2010.01.04/u/ set .Q.en[`:DIR] u");
        run("w:`date xcols raze {update date:x from `sym xcols `sym xasc u} each 2010.01.01+til 3");
        run("w,:`date xcols update date:2010.01.04 from u");
        run("\\l DIR");
        for (String q : new String[] {
            "select n:count num,s:sum num,num wavg px,avg px,max px,first num,last sym by sym from T where date=2010.01.02",
            "select n:count num,s:sum num,num wavg px,avg px,dev px by sym from T where date within 2010.01.02 2010.01.03",
            "select n:count num,s:sum num,num wavg px,min num by sym from T", "select sum num by sym from T where date=2010.01.04",
            "select count i,sum num by sym from T where date=2010.01.02", "select sum num by sym from T where date=2010.01.02,num>5",
            "select l:last sym,f:first date by sym from T where date in 2010.01.01 2010.01.04",
            "select n:count i,v:sum num,hi:max px,lo:min px by sym from T where date within 2010.01.01 2010.01.03",
            "select n:count i,s:sum i by sym from T where date=2010.01.01"}) {
            assertThat(run(q.replace("T", "u"))).as(q).isEqualTo(run(q.replace("T", "w")));
        }
        assertThat(run("select n:count num,s:sum num by sym from u where date=2010.01.03")).isEqualTo("""
                sym| n   s
                ---| ----------
                a  | 300 134850
                b  | 300 135150
                c  | 300 134550""".stripIndent());
    }

    @Test
    void theFirstRowsReadOnlyThePartitionsTheyComeFrom() throws IOException {
        corrupt("2010.01.03", "num");
        run("\\l DIR");
        assertThat(run("select[6] num from t")).isEqualTo("num\n---\n0\n2\n1\n4\n3\n0");
        assertThat(run("select[2] date,num from t where num>3")).isEqualTo("date       num\n--------------\n2010.01.01 4\n2010.01.02 4");
    }

    @Test
    void monthAndIntPartitionsHaveTheirField() {
        run("q:([]sym:`a`b;v:1 2)");
        run(".Q.dpft[`:DIR/m;;`sym;`q] each 2010.01m+til 3");
        run(".Q.dpft[`:DIR/n;;`sym;`q] each 3 1 2");
        run("\\l DIR/m");
        assertThat(run(".Q.pf")).isEqualTo("`month");
        assertThat(run("select from q where month>2010.01m,v=2")).isEqualTo("month   sym v\n-------------\n2010.02 b   2\n2010.03 b   2");
        run("\\l DIR/n");
        assertThat(run(".Q.pf,.Q.pt")).isEqualTo("`int`q");
        assertThat(run("exec int from q where int within 2 3")).isEqualTo("2 2 3 3i");
    }

    @Test
    void wholeNumberPartitionsAreYearsWhenTheFirstDirectoryNameHasFourCharacters() {
        run("q:([]sym:`a`b;v:1 2)");
        run(".Q.dpft[`:DIR/y;;`sym;`q] each 2019 2020 2021");
        run(".Q.dpft[`:DIR/n;;`sym;`q] each 1 20 300");
        run(".Q.dpft[`:DIR/f;;`sym;`q] each 999 1000");
        run("\\l DIR/y");
        assertThat(run(".Q.pf")).isEqualTo("`year");
        assertThat(run(".Q.pv")).isEqualTo("2019 2020 2021i");
        assertThat(run("cols q")).isEqualTo("`year`sym`v");
        assertThat(run("select from q where year within 2020 2021,v=2")).isEqualTo("year sym v\n----------\n2020 b   2\n2021 b   2");
        assertThat(run("select sum v by year from q")).isEqualTo("year| v\n----| -\n2019| 3\n2020| 3\n2021| 3");
        assertThat(run("year")).isEqualTo("2019 2020 2021i");
        // names of other lengths are int partitions; only the first name (in directory order) counts
        run("\\l DIR/n");
        assertThat(run(".Q.pf")).isEqualTo("`int");
        run("\\l DIR/f");
        assertThat(run(".Q.pf")).isEqualTo("`year");
        assertThat(run("exec year from q")).isEqualTo("999 999 1000 1000i");
    }

    @Test
    void qViewLimitsEveryQueryToThePartitionsItNamesUntilViewedWithNothing() {
        run("\\l DIR");
        run(".Q.cn t");
        run(".Q.view 2#date");
        assertThat(run(".Q.pn[`t]~()")).isEqualTo("1b");
        assertThat(run(".Q.cn t")).isEqualTo("5 5");
        assertThat(run("date")).isEqualTo("2010.01.01 2010.01.02");
        assertThat(run(".Q.pv")).isEqualTo("2010.01.01 2010.01.02");
        assertThat(run(".Q.PV")).isEqualTo("2010.01.01 2010.01.02 2010.01.03");
        assertThat(run("count t")).isEqualTo("10");
        assertThat(run("select n:count i by date from t")).isEqualTo("date      | n\n----------| -\n2010.01.01| 5\n2010.01.02| 5");
        assertThat(run("select from t where date=2010.01.03")).isEqualTo("date sym time num\n-----------------");
        run(".Q.view 2010.01.03");
        assertThat(run("exec sum num from t")).isEqualTo("10");
        assertThat(run(".Q.view 2011.01.01")).isEqualTo("'invalid partition filter");
        assertThat(run(".Q.view `a")).isEqualTo("'type");
        run(".Q.view[]");
        assertThat(run("count t")).isEqualTo("15");
        assertThat(run(".Q.pv")).isEqualTo("2010.01.01 2010.01.02 2010.01.03");
    }

    @Test
    void loadingTheWorkingDirectoryAgainSeesItsNewPartitions() {
        Path before = WorkingDirectory.current();
        try {
            run("\\cd DIR");
            run("\\l .");
            assertThat(run("date")).isEqualTo("2010.01.01 2010.01.02 2010.01.03");
            Session writer = new Session();
            writer.execute("t:([]time:09:00:00.000+til 2;sym:`a`b;num:til 2)");
            writer.execute(".Q.dpft[`:DIR;2010.01.09;`sym;`t]".replace("DIR", dir.toString()));
            run("\\l .");
            assertThat(run("count t")).isEqualTo("17");
            assertThat(run("last date")).isEqualTo("2010.01.09");
        } finally {
            WorkingDirectory.change(before.toString()); // the working directory is the process's
        }
    }

    @Test
    void aSplayedTableIsReadWhenFirstUsed() throws IOException {
        run("`:DIR/db/s/ set ([]a:til 3;b:3#1.5)");
        run("`:DIR/db/u/ set ([]a:til 3;b:3#1.5)");
        Files.write(dir.resolve("db/u/b"), new byte[] {1, 2, 3});
        run("\\l DIR/db");
        assertThat(run("count u")).isEqualTo("3");
        assertThat(run("cols u")).isEqualTo("`a`b");
        assertThat(run("select a from u")).startsWith("'");
        assertThat(run("select sum b by a from s where a>0")).isEqualTo("a| b\n-| ---\n1| 1.5\n2| 1.5");
        assertThat(run(".Q.qp s")).isEqualTo("0");
    }

    @Test
    void iIsTheRowNumberWithinItsPartition() {
        run("\\l DIR");
        assertThat(run("select date,i from t where i<2")).isEqualTo("""
                date       x
                ------------
                2010.01.01 0
                2010.01.01 1
                2010.01.02 0
                2010.01.02 1
                2010.01.03 0
                2010.01.03 1""".stripIndent());
        assertThat(run("exec i from t where num=max num")).isEqualTo("3 3 3");
        assertThat(run("select[-2] date,i from t where i>1")).isEqualTo("date       x\n------------\n2010.01.03 3\n2010.01.03 4");
        assertThat(run("exec max i by date from t")).isEqualTo("2010.01.01| 4\n2010.01.02| 4\n2010.01.03| 4");
        assertThat(run("select max i,count i by date from t where num>2")).isEqualTo("""
                date      | x x1
                ----------| ----
                2010.01.01| 4 2
                2010.01.02| 4 2
                2010.01.03| 4 2""".stripIndent());
    }

    @Test
    void whatKdbRefusesOnAPartitionedTableSignalsPar() {
        run("\\l DIR");
        for (String q : new String[] {"update num:1 from t", "delete from t", "t 0", "t`num", "first t", "t,t",
            "`num xasc t", "0!t", "flip t", "-8!t"}) {
            assertThat(run(q)).as(q).isEqualTo("'par");
        }
        assertThat(run("update num:1 from select from t where date=2010.01.01")).startsWith("date ");
    }

    @Test
    void segmentsListedInParTxtHoldThePartitions() throws IOException {
        Path root = dir.resolve("db");
        Files.createDirectories(root);
        Files.writeString(root.resolve("par.txt"), dir.resolve("s0") + "\n../s1\n");
        run(".Q.dpft[`:DIR/db;;`sym;`t]each 2010.01.01+til 4");
        assertThat(Files.isDirectory(dir.resolve("s0/2010.01.02/t"))).isTrue();
        assertThat(Files.isDirectory(dir.resolve("s1/2010.01.01/t"))).isTrue();
        run("\\l DIR/db");
        assertThat(run(".Q.P")).isEqualTo("`:DIR/s0`:DIR/s1".replace("DIR", dir.toString()));
        assertThat(run(".Q.D")).isEqualTo("2010.01.02 2010.01.04\n2010.01.01 2010.01.03");
        assertThat(run(".Q.pv")).isEqualTo("2010.01.01 2010.01.02 2010.01.03 2010.01.04");
        assertThat(run(".Q.PD=.Q.P 1 0 1 0")).isEqualTo("1111b");
        assertThat(run(".Q.u")).isEqualTo("1b");
        assertThat(run("select count i by date from t where date>2010.01.01")).isEqualTo("""
                date      | x
                ----------| -
                2010.01.02| 5
                2010.01.03| 5
                2010.01.04| 5""".stripIndent());
    }

    @Test
    void parTxtWithoutPartitionsIsEmpty() throws IOException {
        Path root = dir.resolve("db");
        Files.createDirectories(root);
        Files.createDirectories(dir.resolve("s0"));
        Files.writeString(root.resolve("par.txt"), "../s0\n");
        assertThat(run("\\l DIR/db")).isEqualTo("'empty");
    }

    @Test
    void reloadingShowsNewPartitionsWhileTheOldTableKeepsItsOwn() {
        run("\\l DIR");
        run("old:t");
        Session writer = new Session();
        writer.execute("t:([]time:09:00:00.000+til 5;sym:`a`b`a`c`b;num:til 5)");
        writer.execute(".Q.dpft[`:DIR;2010.01.04;`sym;`t]".replace("DIR", dir.toString()));
        assertThat(run("count t")).isEqualTo("15");
        run("\\l DIR");
        assertThat(run("count t")).isEqualTo("20");
        assertThat(run("date")).isEqualTo("2010.01.01 2010.01.02 2010.01.03 2010.01.04");
        assertThat(run("count old")).isEqualTo("15");
        assertThat(run("exec distinct date from old")).isEqualTo("2010.01.01 2010.01.02 2010.01.03");
    }
}
