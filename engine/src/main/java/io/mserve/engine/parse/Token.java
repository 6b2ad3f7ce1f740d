package io.mserve.engine.parse;

import io.mserve.ipc.value.K;

/**
 * One lexical token of q.
 *
 * @param kind    what it is
 * @param text    its source text (the glyph for operators and adverbs, the name for names)
 * @param value   the literal's value, for numbers, symbols and strings
 * @param spaced  whether whitespace precedes it (q reads {@code x -1} and {@code x /c} by that)
 * @param start   offset of its first character in the source
 * @param end     offset after its last character
 */
record Token(Kind kind, String text, K value, boolean spaced, int start, int end) {

    enum Kind { LITERAL, NAME, OP, ADVERB, LPAREN, RPAREN, LBRACKET, RBRACKET, LBRACE, RBRACE, SEMI, EOF }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isOp(String glyph) {
        return kind == Kind.OP && text.equals(glyph);
    }
}
