package io.mserve.core.secondary;

import java.util.Locale;

/** Where a secondary is in its life, as {@code .mserve.status[]} shows it. */
public enum SecondaryState {
    /** Being started or restarted; not yet answering the handshake. */
    STARTING,
    /** Connected and taking queries. */
    UP,
    /** Connected but taking no new queries: leaving, or drained to be run on alone ({@code .mserve.each}, {@code .mserve.restart}). */
    DRAINING,
    /** Gone; the supervisor may be waiting out its back-off before a restart. */
    DOWN;

    /** The lower-case name q users see. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
