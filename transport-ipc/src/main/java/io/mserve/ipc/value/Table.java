package io.mserve.ipc.value;

import java.util.Arrays;
import java.util.Objects;

/**
 * A table (type 98): column names and one list per column, all of one length. The arrays are
 * shared, never copied.
 */
public final class Table extends K {
    private final SymbolVector columns;
    private final K[] data;
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
        this.attribute = attribute;
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
        return data.length == 0 ? 0 : data[0].count();
    }

    public SymbolVector columns() {
        return columns;
    }

    /** The columns' lists, in the order of {@link #columns()} (not a copy: read, never write). */
    public K[] data() {
        return data;
    }

    public int attribute() {
        return attribute;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Table o && o.attribute == attribute && o.columns.equals(columns)
                && Arrays.equals(o.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Table(" + columns + ", " + Arrays.toString(data) + ")";
    }
}
