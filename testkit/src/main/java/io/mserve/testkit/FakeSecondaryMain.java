package io.mserve.testkit;

import io.mserve.core.auth.Authenticator;
import io.mserve.core.auth.UsersFile;
import java.nio.file.Path;

/**
 * A fake secondary as a process of its own, scripted by its queries ({@link QueryScript}), for
 * the launcher's secondary command template:
 * {@code ["{java}", "-cp", "{classpath}", "io.mserve.testkit.FakeSecondaryMain", "-p", "{port}", "-id", "{id}",
 * "-U", "{users-file}"]}. With {@code -U FILE} (kdb+'s users file) it lets in only the logins there, as
 * a started secondary must. A {@code crash} query kills the process on the spot.
 */
public final class FakeSecondaryMain {
    private FakeSecondaryMain() {}

    public static void main(String[] args) throws InterruptedException {
        int port = 0;
        int id = 1;
        Authenticator logins = Authenticator.ANYONE;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "-p" -> port = Integer.parseInt(args[i + 1]);
                case "-id" -> id = Integer.parseInt(args[i + 1]);
                case "-U" -> logins = UsersFile.read(Path.of(args[i + 1]));
                default -> {
                    System.err.println("usage: FakeSecondaryMain -p PORT [-id ID] [-U USERS-FILE]");
                    System.exit(2);
                }
            }
        }
        FakeSecondary secondary = FakeSecondary.start(id, port, new QueryScript(id), logins);
        secondary.onCrash(() -> Runtime.getRuntime().halt(1));
        System.out.println("fake secondary " + id + " listening on " + secondary.port());
        Thread.currentThread().join();
    }
}
