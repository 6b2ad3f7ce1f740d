package io.mserve.core.secondary;

/** Where a secondary is in its life, as {@code .mserve.status[]} shows it. */
public enum SecondaryState {
    /** Being started or restarted; not yet answering the handshake. */
    STARTING,
    /** Connected and taking queries. */
    UP,
    /** Gone; the supervisor may be waiting out its back-off before a restart. */
    DOWN;

    /** The lower-case name q users see. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
