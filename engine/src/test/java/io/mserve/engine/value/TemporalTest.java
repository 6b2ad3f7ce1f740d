package io.mserve.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import org.junit.jupiter.api.Test;

class TemporalTest {
    private static final long NS_PER_DAY = 86_400_000_000_000L;

    @Test
    void formatsEveryType() {
        assertThat(Temporal.format(QType.TIMESTAMP, 0)).isEqualTo("2000.01.01D00:00:00.000000000");
        assertThat(Temporal.format(QType.TIMESTAMP, 42)).isEqualTo("2000.01.01D00:00:00.000000042");
        assertThat(Temporal.format(QType.TIMESTAMP, -1)).isEqualTo("1999.12.31D23:59:59.999999999");
        assertThat(Temporal.format(QType.MONTH, 42)).isEqualTo("2003.07");
        assertThat(Temporal.format(QType.MONTH, -1)).isEqualTo("1999.12");
        assertThat(Temporal.format(QType.DATE, 42)).isEqualTo("2000.02.12");
        assertThat(Temporal.format(QType.DATE, -365)).isEqualTo("1999.01.01");
        assertThat(Temporal.format(QType.TIMESPAN, 42)).isEqualTo("0D00:00:00.000000042");
        assertThat(Temporal.format(QType.TIMESPAN, -1_000_000_000L)).isEqualTo("-0D00:00:01.000000000");
        assertThat(Temporal.format(QType.TIMESPAN, 3 * NS_PER_DAY + 3_600_000_000_000L)).isEqualTo("3D01:00:00.000000000");
        assertThat(Temporal.format(QType.MINUTE, 42)).isEqualTo("00:42");
        assertThat(Temporal.format(QType.MINUTE, 1500)).isEqualTo("25:00");
        assertThat(Temporal.format(QType.SECOND, 42)).isEqualTo("00:00:42");
        assertThat(Temporal.format(QType.TIME, 42)).isEqualTo("00:00:00.042");
        assertThat(Temporal.format(QType.TIME, -1000)).isEqualTo("-00:00:01.000");
        assertThat(Temporal.formatDatetime(42)).isEqualTo("2000.02.12T00:00:00.000");
        assertThat(Temporal.formatDatetime(1 + 1000 / 86400.0)).isEqualTo("2000.01.02T00:16:40.000");
    }

    @Test
    void nullsAndInfinities() {
        assertThat(Temporal.format(QType.DATE, QNull.INT)).isEqualTo("0N");
        assertThat(Temporal.format(QType.TIMESTAMP, QNull.LONG_INF)).isEqualTo("0W");
        assertThat(Temporal.atom(QType.DATE, QNull.INT)).isEqualTo("0Nd");
        assertThat(Temporal.atom(-QType.TIMESTAMP, -QNull.LONG_INF)).isEqualTo("-0Wp");
        assertThat(Temporal.atom(QType.MONTH, 42)).isEqualTo("2003.07m");
        assertThat(Temporal.atom(QType.TIME, QNull.INT)).isEqualTo("0Nt");
        assertThat(Temporal.atom(QType.DATE, 42)).isEqualTo("2000.02.12");
        assertThat(Temporal.atomDatetime(QNull.FLOAT)).isEqualTo("0Nz");
        assertThat(Temporal.parse(QType.DATE, "0Nd")).isEqualTo(QNull.INT);
        assertThat(Temporal.parse(QType.TIMESPAN, "0W")).isEqualTo(QNull.LONG_INF);
        assertThat(Temporal.parse(QType.MINUTE, "-0Wu")).isEqualTo(-QNull.INT_INF);
        assertThat(Temporal.parse(QType.DATE, "not a date")).isEqualTo(QNull.INT);
        assertThat(Double.isNaN(Temporal.parseDatetime("0Nz"))).isTrue();
    }

    @Test
    void parsesWhatQReads() {
        assertThat(Temporal.parse(QType.DATE, "2000.02.12")).isEqualTo(42);
        assertThat(Temporal.parse(QType.DATE, "20000212")).isEqualTo(42);
        assertThat(Temporal.parse(QType.DATE, "2000-02-12")).isEqualTo(42);
        assertThat(Temporal.parse(QType.DATE, "2000.02.30")).isEqualTo(QNull.INT);
        assertThat(Temporal.parse(QType.MONTH, "2003.07")).isEqualTo(42);
        assertThat(Temporal.parse(QType.MONTH, "2003.07m")).isEqualTo(42);
        assertThat(Temporal.parse(QType.MONTH, "2003.07.15")).isEqualTo(42);
        assertThat(Temporal.parse(QType.TIMESTAMP, "2000.01.01D00:00:00.000000042")).isEqualTo(42);
        assertThat(Temporal.parse(QType.TIMESTAMP, "2000.01.02D12:00")).isEqualTo(NS_PER_DAY * 3 / 2);
        assertThat(Temporal.parse(QType.TIMESTAMP, "2000.01.02")).isEqualTo(NS_PER_DAY);
        assertThat(Temporal.parse(QType.TIMESTAMP, "2000.01.01D12:00:00.5")).isEqualTo(NS_PER_DAY / 2 + 500_000_000L);
        assertThat(Temporal.parse(QType.TIMESPAN, "-0D00:00:01.000000000")).isEqualTo(-1_000_000_000L);
        assertThat(Temporal.parse(QType.TIMESPAN, "3D01")).isEqualTo(3 * NS_PER_DAY + 3_600_000_000_000L);
        assertThat(Temporal.parse(QType.TIMESPAN, "00:00:01")).isEqualTo(1_000_000_000L);
        assertThat(Temporal.parse(QType.MINUTE, "12:34")).isEqualTo(754);
        assertThat(Temporal.parse(QType.SECOND, "12:34:56")).isEqualTo(45296);
        assertThat(Temporal.parse(QType.TIME, "12:34:56.789")).isEqualTo(45296789);
        assertThat(Temporal.parse(QType.TIME, "12:00")).isEqualTo(43_200_000);
        assertThat(Temporal.parse(QType.TIME, "12:60")).isEqualTo(QNull.INT);
        assertThat(Temporal.parseDatetime("2000.01.02T00:16:40.000")).isEqualTo(1 + 1000 / 86400.0);
        assertThat(Temporal.parseDatetime("2000.01.02T12")).isEqualTo(1.5);
    }

    @Test
    void roundTrips() {
        long[] raws = {0, 1, -1, 42, 12345, -9876, 3000};
        int[] types = {QType.MONTH, QType.DATE, QType.MINUTE, QType.SECOND, QType.TIME};
        for (int t : types) {
            for (long r : raws) {
                assertThat(Temporal.parse(t, Temporal.format(t, r))).as("type %d raw %d", t, r).isEqualTo(r);
            }
        }
        for (long r : new long[] {0, 1, -1, 123456789012345678L, -98765432109876L}) {
            assertThat(Temporal.parse(QType.TIMESTAMP, Temporal.format(QType.TIMESTAMP, r))).isEqualTo(r);
            assertThat(Temporal.parse(QType.TIMESPAN, Temporal.format(QType.TIMESPAN, r))).isEqualTo(r);
        }
    }
}
