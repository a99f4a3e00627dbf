package genlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import genlab.ConfigChecks;
import genlab.GenLabException;
import genlab.theory.IdentityCheck;
import genlab.theory.TheoryChecks;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code genlab theory}: checks each identity of the theory numerically; exit 1 if any row fails. */
@Command(name = "theory", mixinStandardHelpOptions = true,
        description = "Check every identity of the VAE and GAN theory numerically and print the table.")
public final class TheoryCommand implements Callable<Integer> {

    @Option(names = "--seed", description = "Seed of the random cases and Monte-Carlo draws (default ${DEFAULT-VALUE}).")
    long seed = 1;

    /** Monte-Carlo samples beyond this are refused: 1,000,000 take about half a second, the bound about a minute. */
    static final int MAX_SAMPLES = 100_000_000;

    @Option(names = "--samples", description = "Monte-Carlo samples per Gaussian KL row, 2 to 100000000 "
            + "(default ${DEFAULT-VALUE}).")
    int samples = 1_000_000;

    @Option(names = "--json", description = "Print the rows as JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (samples < 2) {
            throw new GenLabException("--samples must be at least 2, got " + samples);
        }
        ConfigChecks.atMost("samples", samples, MAX_SAMPLES, "1000000 take about half a second, the bound about "
                + "a minute");
        List<IdentityCheck> rows = new TheoryChecks(seed, samples).all();
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        } else {
            System.out.print(table(rows));
        }
        return rows.stream().allMatch(IdentityCheck::ok) ? 0 : 1;
    }

    static String table(List<IdentityCheck> rows) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-52s %16s %16s %10s  %-4s  %s%n",
                "identity", "closed form", "numerical", "|diff|", "ok", "numerical method"));
        for (IdentityCheck r : rows) {
            out.append(String.format(Locale.ROOT, "%-52s %16.10f %16.10f %10.2e  %-4s  %s%n", r.identity(),
                    r.closedForm(), r.numerical(), Math.abs(r.difference()), r.ok() ? "ok" : "FAIL", r.method()));
        }
        long failed = rows.stream().filter(r -> !r.ok()).count();
        out.append(failed == 0 ? rows.size() + " identities checked, all ok\n"
                : failed + " of " + rows.size() + " identities FAILED\n");
        return out.toString();
    }
}
