package io.mserve.engine.eval;

import io.mserve.ipc.value.K;
import java.util.Map;

/** A lambda call's local variables, and the namespace its names resolve in. */
record Frame(Map<String, K> locals, String namespace) {}
