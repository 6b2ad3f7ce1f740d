package io.mserve.launcher.commands;

import io.mserve.core.dispatch.Dispatcher;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.launcher.secondary.Supervisor.MemberAddress;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rolling operation: on each secondary in turn, drain it (it takes no new queries and those in
 * flight finish), do the step, and let it take queries again, so that at most one secondary is
 * out of rotation while the others serve. Answers a dictionary {@code `host:port} → the step's
 * result, or its error's text.
 */
final class Rolling {
    private static final Logger log = LoggerFactory.getLogger(Rolling.class);

    /** What is done to one drained secondary. */
    @FunctionalInterface
    interface Step {
        /** The result for the dictionary; an exception's message becomes its error text. */
        K apply(MemberAddress secondary) throws Exception;
    }

    private final Dispatcher dispatcher;

    Rolling(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /**
     * Does {@code step} on each of {@code secondaries} in turn.
     *
     * @param haltOnFailure whether a failed step ends the run, so that a secondary left out of
     *                      rotation is never joined by another (the rest answer why they were left alone)
     */
    Dict over(List<MemberAddress> secondaries, String what, boolean haltOnFailure, Step step) {
        List<String> keys = new ArrayList<>();
        List<K> values = new ArrayList<>();
        String halted = null;
        for (MemberAddress secondary : secondaries) {
            keys.add(secondary.address().toString());
            if (halted != null) {
                values.add(Arguments.chars(halted));
                continue;
            }
            try {
                Arguments.await(dispatcher.drain(secondary.id()).toCompletableFuture());
            } catch (RuntimeException e) {
                // It left meanwhile.
                values.add(Arguments.chars("mserve: no secondary " + secondary.address()));
                continue;
            }
            try {
                values.add(step.apply(secondary));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                values.add(Arguments.chars("stop"));
            } catch (Exception e) {
                log.warn("{} on secondary {} ({}): {}", what, secondary.id(), secondary.address(), e.getMessage());
                values.add(Arguments.chars(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                if (haltOnFailure) {
                    halted = "mserve: not done, " + what + " failed on " + secondary.address();
                }
            } finally {
                dispatcher.rejoin(secondary.id());
            }
        }
        return new Dict(new SymbolVector(keys.toArray(new String[0])), new KList(values.toArray(new K[0])));
    }

}
