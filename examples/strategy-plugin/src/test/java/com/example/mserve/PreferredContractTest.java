package com.example.mserve;

import io.mserve.core.strategy.LoadStrategyContract;
import io.mserve.core.strategy.LoadStrategyProvider;

/** What every strategy must do (always one of the candidates, found by its name...), from mserve-core's test jar. */
class PreferredContractTest extends LoadStrategyContract {
    @Override
    protected LoadStrategyProvider provider() {
        return new PreferredProvider();
    }
}
