package io.mserve.engine.eval;

import io.mserve.ipc.value.K;
import java.util.Map;

/** A lambda call's local variables, the namespace its names resolve in, and the lambda itself ({@code .z.s}). */
record Frame(Map<String, K> locals, String namespace, K self) {}
