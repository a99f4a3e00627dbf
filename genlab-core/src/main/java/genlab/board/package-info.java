/**
 * A live board of the runs under a folder, served by the JDK's HTTP server: an index of every run
 * with its status and last numbers, a page per run whose curves and latest samples update as the
 * run trains (server-sent events), and a page overlaying the curves of several runs. It only reads
 * run folders, never takes a run's lock, and serves files from under the folder only.
 *
 * <pre>{@code
 * try (BoardServer board = BoardServer.start(Path.of("runs"), new InetSocketAddress("127.0.0.1", 8050))) {
 *     System.out.println(board.url());   // http://127.0.0.1:8050/
 * }
 * }</pre>
 */
package genlab.board;
