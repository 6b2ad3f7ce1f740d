package io.mserve.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.ipc.value.QType;
import org.junit.jupiter.api.Test;

/** The decoder's seam: Temporal.parse reads back what Temporal.format writes, for every temporal type. */
class TemporalRoundTripTest {

    @Test
    void parseReadsBackWhatFormatWrites() {
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

    @Test
    void aMonthReadsFromItsLiteralOrAFullDate() {
        assertThat(Temporal.parse(QType.MONTH, "2003.07m")).isEqualTo(42);
        assertThat(Temporal.parse(QType.MONTH, "2003.07.15")).isEqualTo(42);
    }

    @Test
    void aDatetimeReadsFromItsText() {
        assertThat(Temporal.parseDatetime("2000.01.02T00:16:40.000")).isEqualTo(1 + 1000 / 86400.0);
        assertThat(Double.isNaN(Temporal.parseDatetime("0Nz"))).isTrue();
    }
}
