package genlab.cli;

import genlab.board.BoardServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code genlab board [DIR]}: a live board of the runs under DIR in the browser, until stopped. */
@Command(name = "board", mixinStandardHelpOptions = true,
        description = {"Serve a live board of the runs under DIR (default runs): their status and numbers, each run's "
            + "curves and samples as it trains, and several runs overlaid. Ctrl-C stops it."})
public final class BoardCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder of runs (default ${DEFAULT-VALUE}).")
    Path dir = Path.of("runs");

    @Option(names = "--port", description = "Port to serve on (default ${DEFAULT-VALUE}; 0 for a free one).")
    int port = 8050;

    @Option(names = "--host", description = "Address to serve on (default ${DEFAULT-VALUE}, this machine only; "
            + "0.0.0.0 lets other machines in).")
    String host = "127.0.0.1";

    @Override
    public Integer call() throws IOException, InterruptedException {
        BoardServer board = BoardServer.start(dir, new InetSocketAddress(host, port));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            board.close();
            stopped.countDown();
        }));
        System.out.println("board of " + dir + " at " + board.url() + "; Ctrl-C stops it");
        stopped.await();
        return 0;
    }
}
