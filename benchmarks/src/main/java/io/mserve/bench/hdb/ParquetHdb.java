package io.mserve.bench.hdb;

import com.kx.c;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The same trades and quotes as hive-partitioned Parquet for DuckDB ({@code dir/trade/date=2026-01-05/*.parquet}),
 * copied one date at a time from an engine process: each partition is read with {@code get} (so the copy
 * holds one day, whatever the database's size), sent over kdb+ IPC, appended into a DuckDB table and
 * written with {@code COPY ... (FORMAT PARQUET, PARTITION_BY (date), APPEND)}.
 */
record ParquetHdb(Path dir) {

    /** One table: the q select list that sends it (time as milliseconds) and the SQL that stores it. */
    private record Table(String name, String qColumns, String stageColumns, String sqlColumns) {}

    private static final List<Table> TABLES = List.of(
            new Table("trade", "sym:value sym, t:`int$time, price, size",
                    "sym VARCHAR, t INTEGER, price DOUBLE, size INTEGER",
                    "sym, TIME '00:00:00' + to_milliseconds(t) AS time, price, size"),
            new Table("quote", "sym:value sym, t:`int$time, bid, ask, bsize, asize",
                    "sym VARCHAR, t INTEGER, bid DOUBLE, ask DOUBLE, bsize INTEGER, asize INTEGER",
                    "sym, TIME '00:00:00' + to_milliseconds(t) AS time, bid, ask, bsize, asize"));

    boolean exists() {
        return Files.isDirectory(dir.resolve("trade")) && Files.isDirectory(dir.resolve("quote"));
    }

    /** Copies every date of the HDB in {@code hdb} through {@code engine}; the directory appears only when complete. */
    void write(Path hdb, List<LocalDate> dates, c engine) throws IOException, SQLException, c.KException {
        Path partial = dir.resolveSibling(dir.getFileName() + ".partial");
        deleteTree(partial);
        Files.createDirectories(partial);
        // hsym of a string: a path may hold characters that end a `: literal, such as -
        engine.k(("sym:get hsym `$\"" + hdb.toAbsolutePath() + "/sym\"").toCharArray());
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("SET threads=1");
            for (Table table : TABLES) {
                st.execute("CREATE TABLE " + table.name() + "_stage (" + table.stageColumns() + ")");
            }
            for (int k = 0; k < dates.size(); k++) {
                LocalDate date = dates.get(k);
                long rows = 0;
                for (Table table : TABLES) {
                    c.Flip part = (c.Flip) engine.k(("select " + table.qColumns() + " from get hsym `$\"" + hdb.toAbsolutePath()
                            + "/" + HdbQueries.q(date) + "/" + table.name() + "/\"").toCharArray());
                    rows += append((DuckDBConnection) db, table.name() + "_stage", part);
                    st.execute("COPY (SELECT DATE '" + date + "' AS date, " + table.sqlColumns() + " FROM " + table.name()
                            + "_stage) TO '" + partial.resolve(table.name()) + "' (FORMAT PARQUET, PARTITION_BY (date), APPEND)");
                    st.execute("DELETE FROM " + table.name() + "_stage");
                }
                System.out.printf("  parquet %s: %,d rows (%d/%d) after %.1f s%n", date, rows, k + 1, dates.size(),
                        (System.nanoTime() - start) / 1e9);
            }
        }
        Files.move(partial, dir);
    }

    /** DuckDB's views over the Parquet files, as the benchmark's queries name them. */
    void createViews(Statement st) throws SQLException {
        for (Table table : TABLES) {
            st.execute("CREATE VIEW " + table.name() + " AS SELECT * FROM read_parquet('" + dir.resolve(table.name())
                    + "/*/*.parquet', hive_partitioning=1)");
        }
    }

    // One loop per column type over the arrays javakdb decoded: no boxing per value.
    private static long append(DuckDBConnection db, String stage, c.Flip part) throws SQLException {
        Object[] columns = part.y;
        int rows = ((String[]) columns[0]).length;
        try (DuckDBAppender appender = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, stage)) {
            for (int i = 0; i < rows; i++) {
                appender.beginRow();
                for (Object column : columns) {
                    if (column instanceof String[] s) {
                        appender.append(s[i]);
                    } else if (column instanceof int[] n) {
                        appender.append(n[i]);
                    } else {
                        appender.append(((double[]) column)[i]);
                    }
                }
                appender.endRow();
            }
        }
        return rows;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
