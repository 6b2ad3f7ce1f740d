package io.mserve.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.mserve.core.config.ConfigBlock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit every load strategy's tests extend, ours and third parties' alike: what
 * any strategy must do for the dispatcher to rely on it. Depend on {@code mserve-core}'s test jar
 * ({@code <type>test-jar</type>}, test scope, with {@code mserve-core} itself) and implement
 * {@link #provider()}; the spi module's README has a whole example project.
 */
public abstract class LoadStrategyContract {

    /** The provider under test. */
    protected abstract LoadStrategyProvider provider();

    /** The context strategies are created with; the strategy's block of the class path's configuration. */
    protected StrategyContext context() {
        Config all = ConfigFactory.load(getClass().getClassLoader());
        return StrategyContext.of(ConfigBlock.of(all, "mserve.strategy." + provider().name()));
    }

    protected static SecondaryView secondary(int id, int inFlight, long served) {
        return new SecondaryView(id, "127.0.0.1", 5000 + id, OptionalLong.empty(), inFlight, 4, served);
    }

    @Test
    void isFoundOnTheClassPathUnderItsName() {
        StrategyRegistry registry = StrategyRegistry.load(getClass().getClassLoader());
        assertThat(registry.provider(provider().name())).isInstanceOf(provider().getClass());
    }

    @Test
    void hasAConfigFriendlyName() {
        assertThat(provider().name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Test
    void alwaysChoosesOneOfTheCandidatesWithoutChangingTheList() {
        LoadStrategy strategy = provider().create(context());
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            List<SecondaryView> candidates = new ArrayList<>();
            int count = 1 + random.nextInt(8);
            for (int id = 1; id <= 12 && candidates.size() < count; id++) {
                if (random.nextBoolean()) {
                    candidates.add(secondary(id, random.nextInt(4), random.nextInt(1_000)));
                }
            }
            if (candidates.isEmpty()) {
                candidates.add(secondary(1, 0, 0));
            }
            SecondaryView chosen = strategy.choose(Collections.unmodifiableList(candidates));
            assertThat(candidates).contains(chosen);
        }
    }

    @Test
    void choosesTheOnlyCandidate() {
        LoadStrategy strategy = provider().create(context());
        SecondaryView only = secondary(3, 1, 10);
        assertThat(strategy.choose(List.of(only))).isEqualTo(only);
    }

    @Test
    void createsAFreshStrategyForEachPool() {
        assertThat(provider().create(context())).isNotSameAs(provider().create(context()));
    }
}
