package io.extreme.discovery;

import io.extreme.Endpoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the gossip candidates: the remembered members first, then the seeds or DNS
 * addresses, each asked in turn (each with the gossip timeout) until one answer
 * {@linkplain NodeRanking#settles settles} the choice. An answer that names usable members but
 * does not settle it (no live leader for a master client) is kept, the best of them, and used
 * once every candidate was asked. When no answer names a usable member, the round fails with a
 * {@link ClusterNotFoundException} naming every candidate asked and why it failed.
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
    private final NodeRanking ranking;
    private final Set<Endpoint> asked = new HashSet<>();
    private final List<String> failures = new ArrayList<>();
    private final CompletableFuture<Gossip> result = new CompletableFuture<>();
    /** The best answer so far that names usable members but settles nothing; {@code null} when none. */
    private Gossip fallback;
    private int fallbackRank;

    private GossipRound(String name, GossipClient client, Executor executor, BooleanSupplier closed,
                        NodeRanking ranking) {
        this.name = name;
        this.client = client;
        this.executor = executor;
        this.closed = closed;
        this.ranking = ranking;
    }

    /**
     * Runs a round.
     *
     * @param remembered the members of the last good gossip to ask first (their HTTP endpoints)
     * @param candidates the seeds or DNS, asked after the remembered members
     * @param ranking    judges each answer: whether it settles the choice, and how good it is to fall back on
     */
    static CompletableFuture<Gossip> run(String name, GossipClient client, Executor executor, BooleanSupplier closed,
                                         List<Endpoint> remembered, GossipCandidates candidates,
                                         NodeRanking ranking) {
        GossipRound round = new GossipRound(name, client, executor, closed, ranking);
        round.guarded(() -> round.askEach(remembered.iterator(), () -> round.askCandidates(candidates)));
        return round.result;
    }

    private void askEach(Iterator<Endpoint> pending, Runnable whenAllAsked) {
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
            CompletableFuture<Gossip> answer;
            try {
                answer = client.ask(node);
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e); // it should not throw; if it does, this node failed
            }
            answer.whenComplete((gossip, error) -> guarded(() -> judge(node, gossip, error, pending, whenAllAsked)));
            return;
        }
        whenAllAsked.run();
    }

    private void judge(Endpoint node, Gossip gossip, Throwable error, Iterator<Endpoint> pending, Runnable whenAllAsked) {
        if (error != null) {
            Throwable cause = unwrap(error);
            failed(node, cause instanceof IOException ? cause.getMessage() : cause.toString());
        } else if (ranking.settles(gossip.members())) {
            log.debug("[{}] {} answered gossip: {}", name, node, gossip.members());
            result.complete(gossip);
            return;
        } else if (NodeRanking.usable(ranking.answerRank(gossip.members()))) {
            log.debug("[{}] {} answered gossip that settles nothing for {}: {}; asking on", name, node,
                    ranking.preference(), gossip.members());
            keepIfBetter(gossip);
        } else {
            failed(node, gossip.members().isEmpty() ? "gossip with no members"
                    : "gossip with no usable member " + gossip.members());
        }
        askEach(pending, whenAllAsked);
    }

    /** Earlier answers win ties: the remembered members, then the seeds, in the order asked. */
    private void keepIfBetter(Gossip gossip) {
        int rank = ranking.answerRank(gossip.members());
        if (fallback == null || rank < fallbackRank) {
            fallback = gossip;
            fallbackRank = rank;
        }
    }

    private void failed(Endpoint node, String reason) {
        log.debug("[{}] {} failed: {}", name, node, reason);
        failures.add(node + ": " + reason);
    }

    /**
     * Runs one step; a step that throws fails the round, for in a callback the exception would be
     * lost and the round would never complete.
     */
    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.warn("[{}] gossip round failed unexpectedly", name, e);
            result.completeExceptionally(e);
        }
    }

    private void askCandidates(GossipCandidates candidates) {
        CompletableFuture<List<Endpoint>> endpoints;
        try {
            endpoints = candidates.endpoints(executor);
        } catch (RuntimeException e) {
            endpoints = CompletableFuture.failedFuture(e); // the executor was shut down under us
        }
        endpoints.whenComplete((list, error) -> guarded(() -> {
            if (error != null) {
                Throwable cause = unwrap(error);
                log.debug("[{}] {} failed: {}", name, candidates, cause.getMessage());
                finish(cause instanceof ClusterNotFoundException ? cause.getMessage() : candidates + ": " + cause);
            } else {
                askEach(list.iterator(), () -> finish(null));
            }
        }));
    }

    /** Every candidate was asked and none settled the choice: the best fallback, else a failure. */
    private void finish(String candidatesFailure) {
        if (closed.getAsBoolean()) {
            result.completeExceptionally(new IllegalStateException("The " + name + " discovery is closed."));
            return;
        }
        if (fallback != null) {
            log.debug("[{}] no gossip settles the choice for {}; falling back on {}", name, ranking.preference(),
                    fallback.members());
            result.complete(fallback);
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
