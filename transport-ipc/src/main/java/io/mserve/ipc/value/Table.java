package io.mserve.ipc.value;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A table (type 98): column names and one list per column, all of one length. The arrays are
 * shared, never copied. A table read from files (a splayed table) may be made with its row count
 * and a loader of its columns, which runs once, when the columns are first needed.
 */
public final class Table extends K {
    private final SymbolVector columns;
    private volatile K[] data;
    private final Supplier<K[]> loader;
    private final int rows;
    private final int attribute;

    public Table(SymbolVector columns, K[] data) {
        this(columns, data, Attribute.NONE);
    }

    /**
     * @throws IllegalArgumentException when names and columns differ in number, or columns in length
     */
    public Table(SymbolVector columns, K[] data, int attribute) {
        this.columns = Objects.requireNonNull(columns);
        this.data = Objects.requireNonNull(data);
        this.loader = null;
        this.rows = data.length == 0 ? 0 : data[0].count();
        this.attribute = attribute;
        check(columns, data);
    }

    /**
     * A table of {@code rows} rows whose columns {@code loader} gives when first needed.
     *
     * @throws IllegalArgumentException then, when they are not one list per name, each of {@code rows} items
     */
    public Table(SymbolVector columns, int rows, Supplier<K[]> loader) {
        this.columns = Objects.requireNonNull(columns);
        this.loader = Objects.requireNonNull(loader);
        this.rows = rows;
        this.attribute = Attribute.NONE;
    }

    private static void check(SymbolVector columns, K[] data) {
        if (columns.count() != data.length) {
            throw new IllegalArgumentException("length: " + columns.count() + " column names, " + data.length + " columns");
        }
        for (K column : data) {
            if (column.count() != data[0].count() || column.isAtom()) {
                throw new IllegalArgumentException("length: columns of a table must be lists of one length");
            }
        }
    }

    @Override
    public int type() {
        return QType.TABLE;
    }

    /** The number of rows. */
    @Override
    public int count() {
        return rows;
    }

    public SymbolVector columns() {
        return columns;
    }

    /** The columns' lists, in the order of {@link #columns()} (not a copy: read, never write). */
    public K[] data() {
        K[] d = data;
        if (d == null) {
            synchronized (this) {
                d = data;
                if (d == null) {
                    d = loader.get();
                    check(columns, d);
                    if (d.length > 0 && d[0].count() != rows) {
                        throw new IllegalArgumentException("length: " + rows + " rows, columns of " + d[0].count());
                    }
                    data = d;
                }
            }
        }
        return d;
    }

    public int attribute() {
        return attribute;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Table o && o.attribute == attribute && o.columns.equals(columns)
                && Arrays.equals(o.data(), data());
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + Arrays.hashCode(data());
    }

    @Override
    public String toString() {
        return "Table(" + columns + ", " + Arrays.toString(data()) + ")";
    }
}
