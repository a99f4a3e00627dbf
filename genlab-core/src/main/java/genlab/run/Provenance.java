package genlab.run;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import genlab.GenLabException;
import genlab.JsonProblems;
import genlab.data.DataSource;
import genlab.nn.OptimizerStep;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Where a run's numbers came from ({@code provenance.json}, as Tribuo's model provenance): the
 * SHA-256 of its config, the data set with the MD5 of each file read, every optimizer constant,
 * and one session per start or resume with the software versions, the processor and the threads
 * (which, with the seed and the processor, decide every bit). A value that could not be known is
 * {@code "unknown"}; run folders from before provenance have no such file.
 *
 * @param configSha256 the SHA-256 of the config that checkpoints must match ({@link ConfigFingerprint})
 * @param sessions the run's starts, the first one first
 */
public record Provenance(String configSha256, DataSource dataset, List<Map<String, Object>> optimizers,
        List<Session> sessions) {

    /** The file name in a run folder. */
    public static final String FILE = "provenance.json";

    /** The system property that names the source's git commit (the launcher sets it from the checkout). */
    public static final String COMMIT_PROPERTY = "genlab.commit";

    static final String UNKNOWN = "unknown";

    // a provenance.json written before a field of Session existed reads that field as null
    private static final ObjectMapper OLDER_FIELDS_NULL = JsonProblems.MAPPER.copy()
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    /**
     * One start of the run's process.
     *
     * @param afterEpoch the epoch it continued after (0 for a fresh start)
     * @param genlabVersion genlab-core's version from its jar manifest
     * @param malloc glibc's malloc settings in the process's environment (its {@code MALLOC_*}
     *     variables, by name; the launcher sets three), which change the speed and not the bits; null
     *     in a provenance.json older than the field
     * @param openmp libgomp's settings in the environment ({@code OMP_*} and {@code GOMP_*}, by name;
     *     the launcher may set {@code OMP_WAIT_POLICY}), which change the speed and not the bits;
     *     null in a provenance.json older than the field
     * @param cpu the processor's model name, or {@code "unknown"}; null in an older provenance.json
     * @param cpuFlags the processor's vector instruction sets (AVX, AVX-512, AMX, FMA flags of
     *     /proc/cpuinfo), which decide libtorch's kernels; null in an older provenance.json
     */
    public record Session(String startedAt, int afterEpoch, String genlabVersion, String gitCommit,
            String djlVersion, String libtorchVersion, int intraOpThreads, int interOpThreads, String java,
            String os, Map<String, String> malloc, Map<String, String> openmp, String cpu, List<String> cpuFlags) {

        /** This process, now. */
        static Session current(int afterEpoch) {
            String version = Provenance.class.getPackage().getImplementationVersion();
            return new Session(Instant.now().toString(), afterEpoch, version != null ? version : UNKNOWN,
                    System.getProperty(COMMIT_PROPERTY, UNKNOWN), Engine.getDjlVersion(),
                    Engine.getInstance().getVersion(), JniUtils.getNumThreads(),
                    JniUtils.getNumInteropThreads(),
                    System.getProperty("java.vm.vendor") + " " + System.getProperty("java.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"), mallocSettings(),
                    environment("OMP_", "GOMP_"), Processor.model(), Processor.vectorFlags());
        }

        /** The environment's glibc malloc tunables, MALLOC_... by name. */
        public static Map<String, String> mallocSettings() {
            return environment("MALLOC_");
        }

        // the environment's variables whose names start with one of the prefixes, by name
        private static Map<String, String> environment(String... prefixes) {
            Map<String, String> settings = new TreeMap<>();
            System.getenv().forEach((name, value) -> {
                if (Arrays.stream(prefixes).anyMatch(name::startsWith)) {
                    settings.put(name, value);
                }
            });
            return settings;
        }
    }

    /**
     * Writes the run's provenance: a fresh one at epoch 0, or the folder's earlier sessions
     * followed by this one when the run continues after {@code afterEpoch}.
     */
    public static void record(RunFolder run, Object config, DataSource dataset, List<OptimizerStep> optimizers,
            int afterEpoch) {
        List<Session> sessions = new ArrayList<>(afterEpoch > 0 ? earlierSessions(run) : List.of());
        sessions.add(Session.current(afterEpoch));
        run.writeJson(FILE, new Provenance(ConfigFingerprint.of(config).sha256(), dataset,
                optimizers.stream().map(OptimizerStep::constants).toList(), sessions));
    }

    /**
     * Fails when the data a run continues on is not the data it started on: a file whose MD5
     * differs from the one its provenance.json records, or one added or removed. A run without
     * provenance (or with an unreadable one) has nothing to compare.
     */
    public static void requireSameData(RunFolder run, DataSource now) {
        DataSource then = earlier(run).map(Provenance::dataset).orElse(null);
        if (then == null || then.fileMd5().equals(now.fileMd5())) {
            return;
        }
        List<String> changed = new ArrayList<>();
        then.fileMd5().forEach((file, md5) -> {
            if (!md5.equals(now.fileMd5().get(file))) {
                changed.add(file + (now.fileMd5().containsKey(file) ? " (another MD5)" : " (gone)"));
            }
        });
        now.fileMd5().keySet().stream().filter(file -> !then.fileMd5().containsKey(file))
                .forEach(file -> changed.add(file + " (new)"));
        throw new GenLabException(run.dir() + ": the data set " + now.name() + " changed since the run started: "
                + changed.get(0) + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more files" : "")
                + "; the run would go on with other data. Restore the files, or start a new run");
    }

    /** The intra-op threads of the run's last session; empty for a run without a readable provenance.json. */
    public static OptionalInt lastThreads(RunFolder run) {
        List<Session> sessions = earlierSessions(run);
        return sessions.isEmpty() ? OptionalInt.empty() : OptionalInt.of(sessions.get(sessions.size() - 1).intraOpThreads());
    }

    /** The sessions the folder records; none for a run from before provenance, or one whose file is unreadable. */
    private static List<Session> earlierSessions(RunFolder run) {
        return earlier(run).map(Provenance::sessions).orElse(List.of());
    }

    // the folder's provenance.json; empty for a run from before provenance, or one whose file is unreadable
    private static Optional<Provenance> earlier(RunFolder run) {
        if (!Files.exists(run.file(FILE))) {
            return Optional.empty();
        }
        try {
            return Optional.of(OLDER_FIELDS_NULL.treeToValue(run.readJson(FILE, JsonNode.class), Provenance.class));
        } catch (GenLabException | JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
