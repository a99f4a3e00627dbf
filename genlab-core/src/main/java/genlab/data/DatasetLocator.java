package genlab.data;

import genlab.ConfigException;
import genlab.GenLabException;
import genlab.PathProblems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the folder holding a dataset's four IDX files. Order: {@code --data DIR} (the folder
 * itself or its {@code <name>} subfolder), {@code $GENLAB_DATA/<name>}, {@code ~/.genlab/data/<name>},
 * {@code /usr/share/datasets/fashion-mnist} for Fashion-MNIST, then a download into
 * {@code ~/.genlab/data/<name>}.
 */
final class DatasetLocator {

    private static final Path DEBIAN_FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

    private final Optional<Path> explicitDir;
    private final Optional<Path> envRoot;
    private final Path homeRoot;
    private final Downloader downloader;

    public DatasetLocator(Optional<Path> explicitDir, Optional<Path> envRoot, Path homeRoot, Downloader downloader) {
        this.explicitDir = explicitDir;
        this.envRoot = envRoot;
        this.homeRoot = homeRoot;
        this.downloader = downloader;
    }

    /** The locator a user gets: {@code $GENLAB_DATA}, {@code ~/.genlab/data} and the public mirrors. */
    public static DatasetLocator standard(Optional<Path> explicitDir) {
        Optional<Path> env = Optional.ofNullable(System.getenv("GENLAB_DATA")).filter(s -> !s.isBlank()).map(Path::of);
        Path home = Path.of(System.getProperty("user.home"), ".genlab", "data");
        return new DatasetLocator(explicitDir, env, home, new Downloader());
    }

    /** Maps each of the dataset's files to its path on disk (a {@code .gz} or a raw IDX file). */
    public Map<DatasetSpec.IdxFileSpec, Path> locate(DatasetSpec spec) {
        if (explicitDir.isPresent()) {
            Path dir = explicitDir.get();
            if (!Files.isDirectory(dir)) {
                throw new ConfigException("data", dir + ": not a directory, expected a folder with the "
                        + spec.id() + " IDX files");
            }
            Path sub = dir.resolve(spec.id());
            Path chosen = isComplete(spec, filesIn(spec, sub)) ? sub : dir;
            return complete(spec, chosen, "data folder " + dir);
        }
        for (Path dir : candidates(spec)) {
            Map<DatasetSpec.IdxFileSpec, Path> found = filesIn(spec, dir);
            if (isComplete(spec, found)) {
                return found;
            }
        }
        Path target = homeRoot.resolve(spec.id());
        downloader.download(spec, target);
        return complete(spec, target, "download into " + target);
    }

    private List<Path> candidates(DatasetSpec spec) {
        List<Path> dirs = new ArrayList<>();
        envRoot.ifPresent(root -> dirs.add(root.resolve(spec.id())));
        dirs.add(homeRoot.resolve(spec.id()));
        if (spec == DatasetSpec.FASHION_MNIST) {
            dirs.add(DEBIAN_FASHION_MNIST);
        }
        return dirs;
    }

    /** The dataset files present in {@code dir}, preferring {@code name.gz} over {@code name}. */
    static Map<DatasetSpec.IdxFileSpec, Path> filesIn(DatasetSpec spec, Path dir) {
        Map<DatasetSpec.IdxFileSpec, Path> found = new LinkedHashMap<>();
        for (DatasetSpec.IdxFileSpec file : spec.files()) {
            for (Path candidate : List.of(dir.resolve(file.name() + ".gz"), dir.resolve(file.name()))) {
                if (Files.isRegularFile(candidate)) {
                    found.put(file, candidate);
                    break;
                }
            }
        }
        return found;
    }

    private static boolean isComplete(DatasetSpec spec, Map<DatasetSpec.IdxFileSpec, Path> found) {
        return found.keySet().containsAll(spec.files());
    }

    // the four files in dir, or an error naming the first one that is not a readable file and why
    private static Map<DatasetSpec.IdxFileSpec, Path> complete(DatasetSpec spec, Path dir, String source) {
        Map<DatasetSpec.IdxFileSpec, Path> found = filesIn(spec, dir);
        for (DatasetSpec.IdxFileSpec file : spec.files()) {
            if (!found.containsKey(file)) {
                Path raw = dir.resolve(file.name());
                Path gz = dir.resolve(file.name() + ".gz");
                Path there = Files.exists(raw, LinkOption.NOFOLLOW_LINKS) ? raw : gz;
                String problem = Files.exists(there, LinkOption.NOFOLLOW_LINKS)
                        ? there + " " + PathProblems.describe(there) : "missing " + file.name() + "[.gz]";
                throw new GenLabException(source + ": " + problem + ", expected the four " + spec.id() + " IDX files");
            }
        }
        return found;
    }
}
