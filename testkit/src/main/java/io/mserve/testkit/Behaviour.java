package io.mserve.testkit;

/** How a fake secondary answers: a test's script, one query at a time, in arrival order. */
@FunctionalInterface
public interface Behaviour {

    /** Decides what to do with {@code query}; runs on the secondary's single worker thread. */
    Action on(Query query);
}
