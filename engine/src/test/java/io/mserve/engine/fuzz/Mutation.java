package io.mserve.engine.fuzz;

import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** One change to a tokenised q line; positions wrap around the line's length. */
record Mutation(Kind kind, int at, int other, char flip) {
    enum Kind { DELETE, DUPLICATE, SWAP, FLIP, TRUNCATE }

    private static final String FLIPS = "()[]{};:`\"'/\\.,0123456789abcxyz +-*%!#$@_^&|<>=~? \n";

    static Arbitrary<Mutation> arbitrary() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(0, 200), Arbitraries.of(FLIPS.toCharArray())).as(Mutation::new);
    }

    void apply(List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        int i = at % tokens.size();
        switch (kind) {
            case DELETE -> tokens.remove(i);
            case DUPLICATE -> tokens.add(i, tokens.get(i));
            case SWAP -> Collections.swap(tokens, i, other % tokens.size());
            case FLIP -> {
                String t = tokens.get(i);
                int c = other % t.length();
                tokens.set(i, t.substring(0, c) + flip + t.substring(c + 1));
            }
            case TRUNCATE -> tokens.subList(i, tokens.size()).clear();
        }
    }
}
