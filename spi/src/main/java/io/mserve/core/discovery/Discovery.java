package io.mserve.core.discovery;

/**
 * Finds the members of a pool of secondaries the primary connects to (but does not start), and
 * tells the primary whenever they change. The primary starts it once and closes it when it stops.
 */
public interface Discovery extends AutoCloseable {

    /**
     * Reports the current members to {@code members} before returning (an empty set when there are
     * none yet), then again on every change, from any thread but never two reports at once. Each
     * report is the whole set: members missing from it are drained and disconnected.
     *
     * @throws RuntimeException when it cannot start; the primary does not start either
     */
    void start(MembersListener members);

    /** Stops looking; no report follows. */
    @Override
    void close();
}
