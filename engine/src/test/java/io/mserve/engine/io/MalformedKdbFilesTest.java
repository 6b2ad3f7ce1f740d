package io.mserve.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.QException;
import io.mserve.engine.session.Session;
import io.mserve.engine.value.Domain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every reader of kdb+ files, fed every truncation and thousands of corruptions of well-formed
 * files of each layout: each gives a value or a q error, never a Java exception.
 */
class MalformedKdbFilesTest {
    @RegisterExtension
    final ScratchDirectory scratch = new ScratchDirectory("qbad");
    private final Path dir = scratch.path();
    private static final Function<String, Domain> DOMAINS = name -> new Domain(name, () -> null);

    // One file of each layout, as the engine writes them (byte-identical to kdb+'s, see KdbFileFormatsTest).
    private List<Path> samples() throws IOException {
        scratch.run("sym:`a`b`c");
        scratch.run("`:DIR/v set 1 2 3");
        scratch.run("`:DIR/t/ set ([]s:`sym$`c`a`b;n:(1 2 3;\"ab\";4);g:3?0Ng)");
        scratch.run("(`:DIR/z/;12;2;6) set ([]a:til 3000;s:3000#(\"ab\";\"c\"))");
        scratch.run("(`:DIR/y/;12;5;1) set ([]a:til 3000)");
        scratch.run("(`:DIR/x/;12;4;0) set ([]a:til 3000)");
        scratch.run("(`:DIR/w/;12;3;0) set ([]a:til 3000)");
        scratch.run("(`:DIR/u/;12;1;0) set ([]a:til 3000)");
        scratch.run("`:DIR/d set `a`b!1 2");
        List<Path> out = new ArrayList<>();
        for (String f : new String[] {"v", "t/s", "t/n", "t/n#", "t/g", "t/.d", "z/a", "z/s", "z/s#", "y/a", "x/a", "w/a", "u/a", "d"}) {
            out.add(dir.resolve(f));
        }
        return out;
    }

    private static void decodes(Path file, byte[] bytes) {
        String name = file.toString().endsWith("#") ? file.toString().substring(0, file.toString().length() - 1) : file.toString();
        try {
            if (name.equals(file.toString())) {
                KdbFile.decode(name, bytes, DOMAINS);
            } else {
                Files.write(file, bytes);
                KdbFile.decode(name, Files.readAllBytes(Path.of(name)), DOMAINS);
            }
        } catch (QException e) {
            assertThat(e.text()).isNotEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyTruncationOfEveryLayoutIsAValueOrAQError() throws IOException {
        for (Path file : samples()) {
            byte[] good = Files.readAllBytes(file);
            for (int n = 0; n < good.length; n += Math.max(1, good.length / 700)) {
                decodes(file, Arrays.copyOf(good, n));
            }
            Files.write(file, good);
        }
    }

    @Test
    void randomCorruptionsOfEveryLayoutAreAValueOrAQError() throws IOException {
        Random r = new Random(9);
        for (Path file : samples()) {
            byte[] good = Files.readAllBytes(file);
            for (int i = 0; i < 400; i++) {
                byte[] bad = good.clone();
                for (int k = 1 + r.nextInt(3); k > 0; k--) {
                    bad[r.nextInt(bad.length)] = (byte) r.nextInt(256);
                }
                decodes(file, bad);
            }
            Files.write(file, good);
        }
    }

    @Test
    void aCorruptColumnIsAQErrorAtTheConsole() throws IOException {
        samples();
        Files.write(dir.resolve("t/n#"), Arrays.copyOf(Files.readAllBytes(dir.resolve("t/n#")), 4100));
        assertThat(new Session().execute("get `:" + dir.resolve("t") + "/").strip()).isEqualTo("'" + dir.resolve("t/n#") + ": corrupt file");
    }
}
