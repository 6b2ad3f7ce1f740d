package io.mserve.engine.value;

import io.mserve.engine.QException;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A partitioned table as {@code \l} finds it (kb/partition.md): its name, the partition field
 * ({@code date month int}) and the partitions' values in order, the columns of its {@code .d}.
 * No column data is held: a {@link Store} reads a partition's columns when a query names them,
 * so the value is small and immutable, and a reload makes a new one while queries keep theirs.
 * Rows per partition are read on first need and kept.
 */
public final class Partitioned extends K {

    /** Where the partitions' data is: rows and columns of one partition (0 rows when the table is missing there). */
    public interface Store {
        long rows(int partition);

        K column(int partition, String column);

        /** An empty list of the column's type, attribute and domain, as the newest partition holding the table has it. */
        K prototype(String column);

        /** How many rows of one partition have {@code column op value} ({@code < > <= >= = <>}, a long column); -1 when it cannot be told in place. */
        long count(int partition, String column, String op, long value);

        /** {@code fn column} ({@code sum min max}) of one partition computed where the data lies; null when it cannot be. */
        K aggregate(int partition, String fn, String column);
    }

    private final String name;
    private final String field;
    private final int fieldType;
    private final int[] values;
    private final String[] columns;
    private final Store store;
    private final AtomicLongArray rows;
    private final Partitioned whole;

    /** Table {@code name} over partitions {@code values} (of type {@code fieldType}, in order, repeated when a value is in several segments). */
    public Partitioned(String name, String field, int fieldType, int[] values, String[] columns, Store store) {
        this.name = name;
        this.field = field;
        this.fieldType = fieldType;
        this.values = values.clone();
        this.columns = columns.clone();
        this.store = store;
        this.rows = new AtomicLongArray(values.length);
        for (int p = 0; p < values.length; p++) {
            rows.set(p, -1);
        }
        this.whole = this;
    }

    private Partitioned(Partitioned whole, int[] chosen) {
        this.name = whole.name;
        this.field = whole.field;
        this.fieldType = whole.fieldType;
        this.columns = whole.columns;
        this.values = new int[chosen.length];
        this.rows = new AtomicLongArray(chosen.length);
        for (int p = 0; p < chosen.length; p++) {
            values[p] = whole.values[chosen[p]];
            rows.set(p, whole.rows.get(chosen[p]));
        }
        this.store = new Store() {
            @Override
            public long rows(int partition) {
                return whole.store.rows(chosen[partition]);
            }

            @Override
            public K column(int partition, String column) {
                return whole.store.column(chosen[partition], column);
            }

            @Override
            public K prototype(String column) {
                return whole.store.prototype(column);
            }

            @Override
            public long count(int partition, String column, String op, long value) {
                return whole.store.count(chosen[partition], column, op, value);
            }

            @Override
            public K aggregate(int partition, String fn, String column) {
                return whole.store.aggregate(chosen[partition], fn, column);
            }
        };
        this.whole = whole;
    }

    /**
     * {@code .Q.view}'s table: the partitions {@code chosen} (indexes, ascending) of the table as
     * {@code \l} loaded it, whatever view this one is.
     */
    public Partitioned view(int[] chosen) {
        return new Partitioned(whole, chosen.clone());
    }

    @Override
    public int type() {
        return QType.TABLE;
    }

    /** None: a partitioned table is not sent as it is ({@code 'par}); a query's result is. */
    @Override
    public K wireForm() {
        throw unsupported();
    }

    /** All rows, over every partition (their counts read on first need). */
    @Override
    public int count() {
        long n = 0;
        for (int p = 0; p < values.length; p++) {
            n += rows(p);
        }
        return Math.toIntExact(n);
    }

    public String name() {
        return name;
    }

    /** The partition field: {@code date}, {@code month}, {@code year} or {@code int}. */
    public String field() {
        return field;
    }

    public int fieldType() {
        return fieldType;
    }

    public int partitions() {
        return values.length;
    }

    /** The partitions' values, in partition order. */
    public IntVector values() {
        return new IntVector(fieldType, values.clone());
    }

    public int value(int partition) {
        return values[partition];
    }

    /** The stored columns ({@code .d}), without the partition field. */
    public String[] columns() {
        return columns.clone();
    }

    public long rows(int partition) {
        long n = rows.get(partition);
        if (n < 0) {
            n = store.rows(partition);
            rows.set(partition, n);
        }
        return n;
    }

    /**
     * Partition {@code p} as a table: the partition field (when named) and the named stored
     * columns, in table order.
     */
    public Table partition(int p, Collection<String> names) {
        int n = Math.toIntExact(rows(p));
        String[] out = new String[names.size()];
        K[] data = new K[out.length];
        int c = 0;
        if (names.contains(field)) {
            int[] key = new int[n];
            Arrays.fill(key, values[p]);
            out[c] = field;
            data[c++] = new IntVector(fieldType, key);
        }
        for (String col : columns) {
            if (names.contains(col)) {
                K v = store.column(p, col);
                if (v.count() != n) {
                    throw QException.length();
                }
                out[c] = col;
                data[c++] = v;
            }
        }
        if (c != out.length) {
            throw QException.type();
        }
        return new Table(new SymbolVector(out), data);
    }

    /** {@code fn column} of partition {@code p} computed in place (see {@link Store#aggregate}); null when it cannot be. */
    public K aggregate(int p, String fn, String column) {
        return store.aggregate(p, fn, column);
    }

    /** No rows of the partition field (when named) and the named stored columns, typed as the newest partition has them. */
    public Table prototype(Collection<String> names) {
        List<String> out = new ArrayList<>();
        List<K> data = new ArrayList<>();
        if (names.contains(field)) {
            out.add(field);
            data.add(new IntVector(fieldType, new int[0]));
        }
        for (String col : columns) {
            if (names.contains(col)) {
                out.add(col);
                data.add(store.prototype(col));
            }
        }
        return new Table(new SymbolVector(out.toArray(new String[0])), data.toArray(new K[0]));
    }

    /** How many rows of partition {@code p} have {@code column op value}, computed in place; -1 when it cannot be. */
    public long count(int p, String column, String op, long value) {
        return store.count(p, column, op, value);
    }

    /** Every column name with the partition field first, as {@code cols} shows them. */
    public SymbolVector allColumns() {
        String[] out = new String[columns.length + 1];
        out[0] = field;
        System.arraycopy(columns, 0, out, 1, columns.length);
        return new SymbolVector(out);
    }

    /** {@code 'par}: what kdb+ signals for an operation a partitioned table does not support. */
    public static QException unsupported() {
        return new QException("par");
    }
}
