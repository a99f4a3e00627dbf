package genlab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library speaks in fields and paths: no text of genlab-core or genlab-spark names a flag or a
 * genlab command; the command line adds its own hints (a {@link Hint} names the setting). Nor does
 * it read a test hook from a {@code genlab.*} system property.
 */
class LibraryWordsTest {

    private static final List<Path> LIBRARY = List.of(Path.of("src/main/java"), Path.of("../genlab-spark/src/main/java"));
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    // an argument of a process the library starts ("--host"), not a message
    private static final Pattern ARGUMENT = Pattern.compile("--[a-z][a-z-]*");
    private static final Pattern FLAG = Pattern.compile("(^|[^\\w-])--[a-z]");
    private static final Pattern COMMAND = Pattern.compile(
            "\\bgenlab (resume|eval|sample|cluster|vae|gan|dualgan|sweep|compare|report|bench|theory|classifier|board)\\b");

    @Test
    void noMessageOfTheLibraryNamesAFlagOrACommand() {
        List<String> found = new ArrayList<>();
        for (Path root : LIBRARY) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                    Matcher literal = LITERAL.matcher(COMMENT.matcher(read(file)).replaceAll(""));
                    while (literal.find()) {
                        String text = literal.group(1);
                        if (!ARGUMENT.matcher(text).matches() && (FLAG.matcher(text).find()
                                || COMMAND.matcher(text).find())) {
                            found.add(file.getFileName() + ": \"" + text + "\"");
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noLibraryCodeReadsATestHookFromASystemProperty() {
        Pattern hook = Pattern.compile("(getProperty|getLong|getInteger|getBoolean)\\(\"genlab\\.");
        List<String> found = new ArrayList<>();
        for (Path root : LIBRARY) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java") && hook.matcher(read(f)).find())
                        .forEach(f -> found.add(f.getFileName().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aHintNamesItsSettingAsTheLibraryOrAsTheCommandLineSaysIt() {
        ConfigException e = new ConfigException("out", "runs/x: not empty; choose a new folder",
                new Hint("force", "or pass {} to write into it"));
        assertThat(e.getMessage()).isEqualTo("out runs/x: not empty; choose a new folder, or pass force to write into it");
        assertThat(e.message(name -> "--" + name))
                .isEqualTo("--out runs/x: not empty; choose a new folder, or pass --force to write into it");
        GenLabException plain = new GenLabException("not found. Set GENLAB_DATA", new Hint("data", "or pass {} DIR"));
        assertThat(plain.message(name -> "--" + name)).isEqualTo("not found. Set GENLAB_DATA, or pass --data DIR");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
