package io.mserve.bench.hdb;

import com.kx.c;
import java.lang.reflect.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * What the engine and DuckDB must agree on for one query: the rows of the result and the sum of its
 * check columns (nulls left out, as q's {@code sum} does), equal within a relative 1e-9 (the two add
 * floats in different orders).
 */
record Answer(long rows, double checksum) {

    boolean agrees(Answer other) {
        double scale = Math.max(1, Math.max(Math.abs(checksum), Math.abs(other.checksum)));
        return rows == other.rows && Math.abs(checksum - other.checksum) <= 1e-9 * scale;
    }

    @Override
    public String toString() {
        return String.format("%,d rows, checksum %.6f", rows, checksum);
    }

    /** The answer in a q result: a table, or a keyed table (its key and value columns side by side). */
    static Answer of(Object result, List<String> check) {
        c.Flip table;
        if (result instanceof c.Dict keyed) {
            table = (c.Flip) keyed.y;
        } else {
            table = (c.Flip) result;
        }
        long rows = table.y.length == 0 ? 0 : Array.getLength(table.y[0]);
        double sum = 0;
        for (String name : check) {
            sum += sum(table.at(name));
        }
        return new Answer(rows, sum);
    }

    /** The answer in a JDBC result, every column of every row read as a client would. */
    static Answer of(ResultSet result, List<String> check) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        int[] checked = new int[check.size()];
        for (int k = 0; k < checked.length; k++) {
            checked[k] = result.findColumn(check.get(k));
        }
        long rows = 0;
        double sum = 0;
        while (result.next()) {
            rows++;
            for (int col = 1; col <= meta.getColumnCount(); col++) {
                result.getObject(col);
            }
            for (int col : checked) {
                double v = result.getDouble(col);
                if (!result.wasNull()) {
                    sum += v;
                }
            }
        }
        return new Answer(rows, sum);
    }

    private static double sum(Object column) {
        double sum = 0;
        if (column instanceof double[] xs) {
            for (double x : xs) {
                sum += Double.isNaN(x) ? 0 : x;
            }
        } else if (column instanceof long[] xs) {
            for (long x : xs) {
                sum += x == Long.MIN_VALUE ? 0 : x;
            }
        } else if (column instanceof int[] xs) {
            for (int x : xs) {
                sum += x == Integer.MIN_VALUE ? 0 : x;
            }
        } else {
            throw new IllegalArgumentException("not a numeric column: " + column.getClass().getSimpleName());
        }
        return sum;
    }
}
