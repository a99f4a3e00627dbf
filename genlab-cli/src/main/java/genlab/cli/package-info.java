/**
 * The {@code genlab} command line: one picocli class per sub-command that parses options, calls
 * the library and prints. Errors are one line on stderr and exit code 2.
 *
 * <pre>{@code
 * ./genlab vae --epochs 1 --out runs/first
 * }</pre>
 */
package genlab.cli;
