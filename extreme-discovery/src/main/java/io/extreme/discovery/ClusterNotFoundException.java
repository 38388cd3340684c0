package io.extreme.discovery;

import io.extreme.error.ExtremeException;
import java.util.List;

/**
 * No cluster node could be found: every gossip candidate (remembered members, seeds, DNS
 * addresses) failed or named no usable member, or the cluster's DNS name has no addresses.
 * The message names every candidate asked and why each failed; the engine retries discovery
 * after its reconnect delay.
 */
public class ClusterNotFoundException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    private final List<String> failures;

    /** A failure with one reason and no candidate asked (a DNS name without A records). */
    public ClusterNotFoundException(String message) {
        super(message);
        this.failures = List.of();
    }

    /**
     * A failure after asking candidates.
     *
     * @param message  the whole story, naming each candidate and its reason
     * @param failures one entry per candidate asked, {@code "host:port: reason"}
     */
    public ClusterNotFoundException(String message, List<String> failures) {
        super(message);
        this.failures = List.copyOf(failures);
    }

    /** One entry per candidate asked, in order: {@code "host:port: reason"}. */
    public List<String> failures() {
        return failures;
    }

    /** The copy {@link #copy()} makes: the same fields and message, this as its cause. */
    private ClusterNotFoundException(ClusterNotFoundException original) {
        super(original.getMessage(), original);
        this.failures = original.failures;
    }

    @Override
    public ClusterNotFoundException copy() {
        return new ClusterNotFoundException(this);
    }
}
