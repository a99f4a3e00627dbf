/**
 * Small programs that use genlab-core the way a library user does; the test suite runs each one
 * and checks what it prints. {@link genlab.examples.VaeWorkflow} is the README's example.
 *
 * <pre>{@code
 * java -cp ... genlab.examples.TheoryByHand
 * }</pre>
 */
package genlab.examples;
