package io.mserve.engine.ops.time;

import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Calendar arithmetic on q's day numbers (days since 2000.01.01) and month numbers (months since 2000.01); {@code .Q.addmonths}. */
public final class Civil {
    private Civil() {}

    public static final long NS_PER_DAY = 86_400_000_000_000L;
    public static final long MS_PER_DAY = 86_400_000L;

    /** Days since 2000.01.01 to (year, month 1..12, day 1..31), packed as year*10000+month*100+day. */
    static long ymd(long days) {
        // Howard Hinnant's civil_from_days, shifted to the 2000 epoch (10957 days after 1970).
        long z = days + 10957 + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return y * 10000 + m * 100 + d;
    }

    /** Days since 2000.01.01 of a date. */
    public static long days(long y, long m, long d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468 - 10957;
    }

    /** The month number of a day number. */
    public static long monthOfDays(long days) {
        long p = ymd(days);
        return (p / 10000 - 2000) * 12 + (p / 100 % 100) - 1;
    }

    /** The day number of the first day of a month number. */
    public static long daysOfMonth(long month) {
        return days(2000 + Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1);
    }

    /** {@code .Q.addmonths[d;n]}: n months after date d, the day kept (a day past the month's end runs on into the next). */
    public static K addMonths(K dates, K months) {
        K[] d = Lists.items(dates);
        K[] n = Lists.items(months);
        int count = Math.max(d.length, n.length);
        K[] out = new K[count];
        LocalDate epoch = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < count; i++) {
            LocalDate date = epoch.plusDays(Ints.toLong(d[d.length == 1 ? 0 : i]));
            LocalDate moved = date.withDayOfMonth(1).plusMonths(Ints.toLong(n[n.length == 1 ? 0 : i]))
                    .plusDays(date.getDayOfMonth() - 1L);
            out[i] = new IntAtom(-QType.DATE, (int) ChronoUnit.DAYS.between(epoch, moved));
        }
        return dates.type() < 0 && months.type() < 0 ? out[0] : Lists.collapse(out);
    }
}
