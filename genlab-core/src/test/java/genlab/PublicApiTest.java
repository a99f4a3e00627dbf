package genlab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** A public API a user can hold in their head: no public method or constructor takes more than 5 parameters. */
class PublicApiTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final int MOST_PARAMETERS = 5;

    @Test
    void noPublicMethodOrConstructorTakesMoreThanFiveParametersBesideARecordsOwn() throws Exception {
        List<String> found = new ArrayList<>();
        for (Class<?> type : classes()) {
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            List<Executable> members = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
            members.addAll(Arrays.asList(type.getDeclaredMethods()));
            for (Executable member : members) {
                if (Modifier.isPublic(member.getModifiers()) && !member.isSynthetic()
                        && member.getParameterCount() > MOST_PARAMETERS && !canonical(type, member)) {
                    found.add(type.getName() + "." + member.getName() + " (" + member.getParameterCount() + ")");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    // a record's canonical constructor: configs are built by their builders
    private static boolean canonical(Class<?> type, Executable member) {
        if (!type.isRecord() || !(member instanceof Constructor<?>)) {
            return false;
        }
        Class<?>[] components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        return Arrays.equals(components, member.getParameterTypes());
    }

    private static List<Class<?>> classes() throws ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.endsWith("package-info")) {
                    types.add(Class.forName(name, false, PublicApiTest.class.getClassLoader()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(types).hasSizeGreaterThan(100);
        return types;
    }
}
