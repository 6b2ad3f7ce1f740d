package io.mserve.core.dispatch;

/** How a query ended, as metrics count it. */
enum Outcome {
    /** A result reached the client. */
    OK,
    /** The secondary or the local evaluator answered with an error. */
    ERROR,
    /** It ran past {@code request-timeout}. */
    TIMEOUT,
    /** Refused on arrival: queue full, sync off, or no secondary up. */
    REJECTED,
    /** It was in flight on two secondaries that died. */
    FAILED,
    /** Its client left before the reply. */
    DROPPED;

    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
