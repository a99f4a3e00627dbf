package genlab.theory;

/**
 * One numerically checked identity: the closed-form value, an independent numerical value (and
 * how it was obtained), their difference (or the worst difference over a family of cases), and
 * whether it is within the stated tolerance.
 *
 * @param id a short stable name, also the anchor of the row in docs/theory.md
 */
public record IdentityCheck(String id, String identity, double closedForm, double numerical, double difference,
        String method, boolean ok) {}
