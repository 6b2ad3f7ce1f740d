package io.mserve.core.dispatch;

import com.typesafe.config.Config;
import io.mserve.core.config.SettingsReader;
import java.time.Duration;
import java.util.Optional;

/**
 * The dispatcher's settings, block {@code mserve.dispatch}.
 *
 * @param inFlightPerSecondary queries one secondary runs at once
 * @param queueMax             queries the central queue holds before new ones are refused
 * @param queueing             the order in which the central queue serves queries
 * @param fairBy               whose turn it is when queueing is fair: each client's or each user's
 * @param sync                 where sync messages run
 * @param ordering             the order of replies to one client
 * @param requestTimeout       longest time from arrival to reply, if any
 * @param killAfter            how long a secondary may stay busy on a timed-out query
 * @param noSecondaryTimeout   how long queued queries wait while no secondary is up
 * @param shutdownGrace        how long queries taken before a shutdown have to finish
 */
public record DispatchSettings(int inFlightPerSecondary, int queueMax, Queueing queueing, FairBy fairBy,
        SyncMode sync, Ordering ordering,
        Optional<Duration> requestTimeout, Duration killAfter, Duration noSecondaryTimeout, Duration shutdownGrace) {

    /** The order in which the central queue serves queries. */
    public enum Queueing {
        /** Parties with queries waiting take turns, one query each; each party's own in arrival order. */
        FAIR,
        /** First come, first served, whoever sent them. */
        FIFO
    }

    /** The party that takes turns when queueing is fair. */
    public enum FairBy {
        /** Each connection. */
        CLIENT,
        /** Each user name from the handshake: a user's connections share one turn. */
        USER
    }

    /** Where a sync message from a client runs. */
    public enum SyncMode {
        /** On the primary's own q engine. */
        LOCAL,
        /** On a secondary, like an async query, answered as a response. */
        ROUTE,
        /** Nowhere: the client gets {@code 'mserve: sync off}. */
        OFF
    }

    /** The order of replies to one client. */
    public enum Ordering {
        /** The order the client sent its queries. */
        REQUEST,
        /** The order the queries finished. */
        COMPLETION
    }

    /** Reads {@code mserve.dispatch} from a configuration that includes the reference defaults. */
    public static DispatchSettings from(Config config) {
        SettingsReader in = SettingsReader.of(config, "mserve.dispatch");
        DispatchSettings settings = new DispatchSettings(
                in.intIn("in-flight-per-secondary", 1, 1_000),
                in.intIn("queue.max", 1, 100_000_000),
                in.choice("queueing", Queueing.class),
                in.choice("fair-by", FairBy.class),
                in.choice("sync", SyncMode.class),
                in.choice("ordering", Ordering.class),
                in.optionalDuration("request-timeout"),
                in.duration("kill-after"),
                in.duration("no-secondary-timeout"),
                in.duration("shutdown-grace"));
        in.done();
        return settings;
    }
}
