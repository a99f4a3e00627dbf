package genlab.train;

/**
 * A named value of an epoch with its unit: {@code test_loss} in nats per example, {@code d_real}
 * as a probability, {@code modes_covered} in modes, {@code seconds} in seconds.
 */
public record Metric(String name, double value, String unit) {}
