package io.mserve.core.strategy;

/**
 * The plugin entry point of a load strategy, found with {@link java.util.ServiceLoader}: a jar
 * that lists its provider in {@code META-INF/services/io.mserve.core.strategy.LoadStrategyProvider}
 * is picked up from the class path, and the configuration selects it by {@link #name()}.
 */
public interface LoadStrategyProvider {

    /** The name the configuration uses ({@code mserve.strategy.name}), e.g. {@code least-queue}. */
    String name();

    /** Creates a fresh strategy for one pool of secondaries. */
    LoadStrategy create(StrategyContext context);
}
