package io.mserve.launcher.commands;

import io.mserve.core.discovery.Address;
import io.mserve.engine.QException;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Reading the admin commands' arguments and waiting for what they start, q-style errors included. */
final class Arguments {
    private Arguments() {}

    /** A {@code "host:port"} string or symbol; {@code 'type} for anything else. */
    static Address address(K argument) {
        String text;
        if (argument instanceof ByteVector chars && chars.type() == QType.CHAR) {
            text = new String(chars.items(), StandardCharsets.UTF_8);
        } else if (argument instanceof SymbolAtom symbol) {
            text = symbol.value();
        } else {
            throw new QException("type");
        }
        try {
            return Address.parse(text);
        } catch (IllegalArgumentException e) {
            throw new QException("mserve: " + e.getMessage());
        }
    }

    /** A string, as q shows error text. */
    static K chars(String text) {
        return new ByteVector(QType.CHAR, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits for {@code work}; its failure is signalled as {@code 'mserve: <why>}, an interrupt as {@code 'stop}. */
    static <T> T await(CompletableFuture<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QException("stop");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new QException("mserve: " + cause.getMessage());
        }
    }
}
