package io.mserve.engine.qsql;

import io.mserve.engine.parse.Node;
import io.mserve.ipc.value.K;
import java.util.Map;

/** What q-SQL needs of the interpreter: evaluating its phrases (over a table's columns) and applying functions. */
public interface Evaluator {
    /** Evaluates {@code n} in {@code frame}, a lambda call's locals (null at the top level). */
    K eval(Node n, Object frame);

    /** Evaluates {@code n} in {@code frame} with {@code names} bound as well: the columns a phrase reads. */
    K evalWith(Node n, Object frame, Map<String, K> names);

    /** Applies a function to arguments, or indexes a list, dictionary or table. */
    K apply(K fn, K[] args);
}
