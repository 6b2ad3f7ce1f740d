package io.mserve.core.strategy;

/**
 * The plugin entry point of a load strategy, found with {@link java.util.ServiceLoader}: a jar
 * that lists its provider in {@code META-INF/services/io.mserve.core.strategy.LoadStrategyProvider}
 * is picked up from the {@code plugins} directory ({@code mserve.plugins.dir}) or the class path,
 * and the configuration selects it by {@link #name()}. It needs a public no-argument constructor.
 */
public interface LoadStrategyProvider {

    /** The name the configuration uses ({@code mserve.strategy.name}), e.g. {@code least-queue}. */
    String name();

    /**
     * Creates a fresh strategy for one pool of secondaries. An exception thrown here stops the
     * primary's start-up with its message and this provider's name.
     */
    LoadStrategy create(StrategyContext context);
}
