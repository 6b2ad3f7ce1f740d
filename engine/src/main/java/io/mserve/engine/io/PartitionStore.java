package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Partitioned;
import io.mserve.ipc.value.K;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * One partitioned table's files: {@code partition/table/column} under each partition directory,
 * read through {@link MappedColumn}. A partition without the table (until {@code .Q.chk} fills
 * it) has no rows, and its columns are empty lists of the last partition's types.
 */
final class PartitionStore implements Partitioned.Store {
    private final Path[] partitions;
    private final String table;
    private final String[] columns;
    private final Function<String, Domain> domains;

    PartitionStore(Path[] partitions, String table, String[] columns, Function<String, Domain> domains) {
        this.partitions = partitions.clone();
        this.table = table;
        this.columns = columns.clone();
        this.domains = domains;
    }

    @Override
    public long rows(int partition) {
        Path dir = partitions[partition].resolve(table);
        if (!Splayed.is(dir) || columns.length == 0) {
            return 0;
        }
        return MappedColumn.rows(dir.resolve(columns[0]), domains);
    }

    @Override
    public K column(int partition, String column) {
        Path dir = partitions[partition].resolve(table);
        if (Splayed.is(dir)) {
            return MappedColumn.read(dir.resolve(column), domains);
        }
        return prototype(column);
    }

    @Override
    public K prototype(String column) {
        for (int p = partitions.length - 1; p >= 0; p--) {
            Path dir = partitions[p].resolve(table);
            if (Splayed.is(dir)) {
                return MappedColumn.prototype(dir.resolve(column), domains);
            }
        }
        throw QException.type();
    }

    @Override
    public K aggregate(int partition, String fn, String column) {
        Path dir = partitions[partition].resolve(table);
        return Splayed.is(dir) ? ColumnScan.aggregate(dir.resolve(column), fn) : null;
    }

    @Override
    public long count(int partition, String column, String op, long value) {
        Path dir = partitions[partition].resolve(table);
        return Splayed.is(dir) ? ColumnScan.count(dir.resolve(column), op, value) : 0;
    }
}
