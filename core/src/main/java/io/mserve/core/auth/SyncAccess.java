package io.mserve.core.auth;

/**
 * What non-admin clients' queries may do ({@code mserve.auth.sync-access}), on the primary's q session
 * and, for routed queries, on the engine secondaries.
 */
public enum SyncAccess {
    /** Anything, as mserve.q allows. */
    FULL,
    /** No system commands, {@code exit}, {@code hopen}, file writes or deletes, nor redefining {@code .z} or {@code .mserve}; globals may be defined. */
    NO_SYSTEM,
    /** As {@link #NO_SYSTEM}, and no global updates either: kdb+'s {@code reval} and {@code -b}. */
    READ_ONLY
}
