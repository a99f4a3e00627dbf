package genlab.cli;

import genlab.AtomicFile;
import genlab.report.ComparisonReport;
import genlab.report.RunReport;
import genlab.run.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code genlab report RUN...}: rewrites one run's (or study's) report.html, or writes a page
 * comparing several runs (final numbers side by side, curves overlaid, samples side by side).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write RUN/report.html, or with several runs a comparison page.")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "Run folders.")
    List<Path> runs;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Comparison page to write (default runs/comparison-<timestamp>-<suffix>.html).")
    Path out;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            AtomicFile.requireReplaceable(out, force, "out");
        }
        List<RunFolder> folders = runs.stream().map(RunFolder::openWritten).toList();
        if (folders.size() == 1 && out == null) {
            RunReport.write(folders.get(0));
            System.out.println("wrote " + folders.get(0).file(RunReport.FILE));
            return 0;
        }
        Path page = out != null ? out : Path.of("runs", RunFolder.stampedName("comparison") + ".html");
        Files.createDirectories(page.toAbsolutePath().getParent());
        ComparisonReport.write(folders, page);
        System.out.println("wrote " + page);
        return 0;
    }
}
