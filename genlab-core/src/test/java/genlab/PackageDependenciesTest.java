package genlab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The library's packages, read from its sources: data flows one way, and the math is plain Java. */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    // a class of a genlab package named in code, imported or written out (genlab.run.RunFolder, genlab.GenLabException)
    private static final Pattern REFERENCE = Pattern.compile("\\bgenlab((?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void noPackageDependsOnAPackageThatDependsOnIt() {
        Map<String, Set<String>> uses = packageGraph();
        assertThat(uses).containsKeys("genlab.run", "genlab.train", "genlab.sweep", "genlab.report", "genlab.theory",
                "genlab.internal");
        for (String from : uses.keySet()) {
            assertThat(reachable(uses, from)).as("packages that %s depends on, directly or not", from)
                    .doesNotContain(from);
        }
    }

    @Test
    void theTheoryAndTheMathArePlainJava() throws IOException {
        Map<String, Set<String>> uses = packageGraph();
        assertThat(uses.get("genlab.theory")).containsOnly("genlab.math");
        assertThat(uses.get("genlab.math")).isEmpty();
        for (String pkg : List.of("genlab/theory", "genlab/math")) {
            try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
                files.forEach(file -> assertThat(read(file)).as(file.toString()).doesNotContain("import ai.djl"));
            }
        }
    }

    // package -> the other genlab packages its classes name
    private static Map<String, Set<String>> packageGraph() {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String text = read(file);
                Matcher pkg = PACKAGE.matcher(text);
                assertThat(pkg.find()).as(file.toString()).isTrue();
                Set<String> used = uses.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
                Matcher ref = REFERENCE.matcher(COMMENT.matcher(text).replaceAll(""));
                while (ref.find()) {
                    used.add("genlab" + ref.group(1));
                }
                used.remove(pkg.group(1));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    private static Set<String> reachable(Map<String, Set<String>> uses, String from) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(uses.getOrDefault(from, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(uses.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
