package io.mserve.core.dispatch;

import io.mserve.core.secondary.SecondaryInfo;
import io.mserve.core.secondary.SecondaryState;
import java.time.Duration;

/**
 * One secondary as the dispatcher knows it, for {@code .mserve.status[]}.
 *
 * @param pool    the pool it serves
 * @param latency the mean time of its recent replies (exponentially weighted), zero before the first
 */
public record SecondaryStatus(String pool, SecondaryInfo info, SecondaryState state, int inFlight, long served, long errors,
        int restarts, Duration latency) {}
