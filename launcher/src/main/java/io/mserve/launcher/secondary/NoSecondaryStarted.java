package io.mserve.launcher.secondary;

/** Start-up failed: secondaries were configured and none of them came up. */
public final class NoSecondaryStarted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoSecondaryStarted(String message) {
        super(message);
    }
}
