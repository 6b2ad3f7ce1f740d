package io.mserve.engine.session;

import io.mserve.engine.eval.Interp;
import io.mserve.engine.parse.Node;
import io.mserve.engine.parse.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What every session defines in q when it starts, as kdb+ runs q.k: the resource
 * {@code bootstrap.q} ({@code .q} and {@code .Q} constants, the {@code .Q} utilities that are a
 * line of q, the {@code .h} namespace). Sessions are made by the thousand (one per conformance
 * block, one per client), so the script is parsed once per JVM and each session only evaluates
 * the parsed statements.
 */
final class Bootstrap {
    private static final String RESOURCE = "bootstrap.q";
    private static List<Node> statements;
    private static Set<String> names;

    private Bootstrap() {}

    /** Defines the bootstrap's names in the session {@code interp} runs. */
    static void define(Interp interp) {
        for (Node statement : statements(interp.builtins()::isInfix)) {
            interp.evalTop(statement);
        }
    }

    /** The globals bootstrap.q assigns ({@code .Q.view:.Q.bv:{..}} assigns two); {@code infix}: which primitives are written infix. */
    static synchronized Set<String> names(Predicate<String> infix) {
        if (names == null) {
            Set<String> assigned = new HashSet<>();
            for (Node statement : statements(infix)) {
                for (Node n = statement; n instanceof Node.Assign a; n = a.value()) {
                    assigned.add(a.name());
                }
            }
            names = Set.copyOf(assigned);
        }
        return names;
    }

    // Parsing needs the primitives only to know which names are infix, the same in every session.
    private static synchronized List<Node> statements(Predicate<String> infix) {
        if (statements == null) {
            List<Node> parsed = new ArrayList<>();
            for (Scripts.Statement statement : Scripts.statements(text())) {
                parsed.addAll(Parser.parse(statement.text(), infix).statements());
            }
            statements = List.copyOf(parsed);
        }
        return statements;
    }

    private static String text() {
        try (InputStream in = Bootstrap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
