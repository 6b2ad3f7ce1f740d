package io.mserve.engine.io;

import io.mserve.engine.value.Domain;
import io.mserve.ipc.value.K;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The globals a load assigns, held back until {@link #commit}: a database with one unreadable
 * file leaves the session's globals as they were. Reads see the held values first.
 */
final class StagedGlobals implements Globals {
    private final Globals session;
    private final Map<String, K> staged = new LinkedHashMap<>();

    StagedGlobals(Globals session) {
        this.session = session;
    }

    @Override
    public K get(String name) {
        K v = staged.get(name);
        return v != null ? v : session.get(name);
    }

    @Override
    public void set(String name, K value) {
        staged.put(name, value);
    }

    @Override
    public Domain domain(String name) {
        return session.domain(name);
    }

    /** Assigns every held global to the session, in the order they were set. */
    void commit() {
        staged.forEach(session::set);
    }
}
