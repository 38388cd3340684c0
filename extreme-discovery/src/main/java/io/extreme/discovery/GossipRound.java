package io.extreme.discovery;

import io.extreme.Endpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the gossip candidates: the remembered members first, then the seeds or DNS
 * addresses, each asked in turn (each with the gossip timeout) until one answers with a usable
 * member. When none does, the round fails with a {@link ClusterNotFoundException} naming every
 * candidate asked and why it failed.
 *
 * <p>Threads: each step runs on the thread that completed the previous ask (okhttp's dispatcher,
 * owned by the discovery); asks happen strictly one after another, so the state needs no lock.
 */
final class GossipRound {
    private static final Logger log = LoggerFactory.getLogger(GossipRound.class);

    private final String name;
    private final GossipClient client;
    private final Executor executor;
    private final BooleanSupplier closed;
    private final Predicate<Gossip> usable;
    private final Set<Endpoint> asked = new HashSet<>();
    private final List<String> failures = new ArrayList<>();
    private final CompletableFuture<Gossip> result = new CompletableFuture<>();

    private GossipRound(String name, GossipClient client, Executor executor, BooleanSupplier closed,
                        Predicate<Gossip> usable) {
        this.name = name;
        this.client = client;
        this.executor = executor;
        this.closed = closed;
        this.usable = usable;
    }

    /**
     * Runs a round.
     *
     * @param remembered the members of the last good gossip to ask first (their HTTP endpoints)
     * @param candidates the seeds or DNS, asked after the remembered members
     * @param usable     whether an answer names a member the client can use
     */
    static CompletableFuture<Gossip> run(String name, GossipClient client, Executor executor, BooleanSupplier closed,
                                         List<Endpoint> remembered, GossipCandidates candidates,
                                         Predicate<Gossip> usable) {
        GossipRound round = new GossipRound(name, client, executor, closed, usable);
        round.askEach(remembered.iterator(), () -> round.askCandidates(candidates));
        return round.result;
    }

    private void askEach(Iterator<Endpoint> pending, Runnable whenNoneAnswered) {
        if (closed.getAsBoolean()) {
            result.completeExceptionally(new IllegalStateException("The " + name + " discovery is closed."));
            return;
        }
        while (pending.hasNext()) {
            Endpoint node = pending.next();
            if (!asked.add(node)) {
                continue; // a seed that is also a remembered member: one answer per round is enough
            }
            log.debug("[{}] asking {} for gossip", name, node);
            client.ask(node).whenComplete((gossip, error) -> {
                if (error == null && usable.test(gossip)) {
                    log.debug("[{}] {} answered gossip: {}", name, node, gossip.members());
                    result.complete(gossip);
                    return;
                }
                String reason = error != null ? unwrap(error).getMessage()
                        : gossip.members().isEmpty() ? "gossip with no members"
                        : "gossip with no usable member " + gossip.members();
                log.debug("[{}] {} failed: {}", name, node, reason);
                failures.add(node + ": " + reason);
                askEach(pending, whenNoneAnswered);
            });
            return;
        }
        whenNoneAnswered.run();
    }

    private void askCandidates(GossipCandidates candidates) {
        CompletableFuture<List<Endpoint>> endpoints;
        try {
            endpoints = candidates.endpoints(executor);
        } catch (RuntimeException e) {
            endpoints = CompletableFuture.failedFuture(e); // the executor was shut down under us
        }
        endpoints.whenComplete((list, error) -> {
            if (error != null) {
                Throwable cause = unwrap(error);
                log.debug("[{}] {} failed: {}", name, candidates, cause.getMessage());
                giveUp(cause instanceof ClusterNotFoundException ? cause.getMessage() : candidates + ": " + cause);
            } else {
                askEach(list.iterator(), () -> giveUp(null));
            }
        });
    }

    private void giveUp(String candidatesFailure) {
        if (closed.getAsBoolean()) {
            result.completeExceptionally(new IllegalStateException("The " + name + " discovery is closed."));
            return;
        }
        StringBuilder message = new StringBuilder();
        if (!failures.isEmpty()) {
            message.append("No cluster node answered gossip with a usable member; asked ")
                    .append(String.join(", ", failures.stream().map(f -> "[" + f + "]").toList())).append('.');
        }
        if (candidatesFailure != null) {
            message.append(message.length() == 0 ? "" : " ").append(candidatesFailure);
        }
        if (message.length() == 0) {
            message.append("No gossip candidate to ask.");
        }
        result.completeExceptionally(new ClusterNotFoundException(message.toString(), failures));
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
