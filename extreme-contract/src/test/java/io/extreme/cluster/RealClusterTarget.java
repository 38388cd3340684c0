package io.extreme.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.extreme.Endpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real EventStore cluster named by its gossip seeds. It reads the cluster's gossip itself (not
 * through the client under test) and stops the master with the admin shutdown request
 * ({@code POST /admin/shutdown}, which needs an admin's credentials), so the failover tests run
 * against it unchanged. The nodes it stops stay stopped: restart them before the next run.
 */
final class RealClusterTarget implements ClusterUnderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Endpoint> seeds;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    RealClusterTarget(List<Endpoint> seeds) {
        this.seeds = List.copyOf(seeds);
    }

    @Override
    public List<Endpoint> gossipSeeds() {
        return seeds;
    }

    @Override
    public Endpoint awaitMaster() {
        long deadline = System.nanoTime() + ELECTION_DEADLINE.toNanos();
        while (System.nanoTime() - deadline < 0) {
            Optional<JsonNode> master = master();
            if (master.isPresent()) {
                return tcp(master.get());
            }
            pause();
        }
        throw new AssertionError("no master in the gossip of " + seeds + " within " + ELECTION_DEADLINE);
    }

    @Override
    public boolean isFollower(Endpoint tcp) {
        for (JsonNode member : members()) {
            if (tcp(member).equals(tcp) && member.path("isAlive").asBoolean()) {
                String state = member.path("state").asText();
                return state.equals("Slave") || state.equals("Follower");
            }
        }
        return false;
    }

    @Override
    public void assumeMasterCanBeStopped() {
        List<JsonNode> members = members().stream().filter(m -> !m.path("state").asText().equals("Manager")).toList();
        long alive = members.stream().filter(m -> m.path("isAlive").asBoolean()).count();
        Assumptions.assumeTrue(alive - 1 > members.size() / 2, () -> "stopping the master of " + seeds + " would leave "
                + (alive - 1) + " of " + members.size() + " nodes, no quorum: restart the nodes earlier tests stopped"
                + " (each failover test stops one master), or use a 5-node cluster");
    }

    /** A remote node cannot be killed from here: it is shut down. */
    @Override
    public Endpoint killMaster() {
        return shutDownMaster();
    }

    @Override
    public Endpoint shutDownMaster() {
        JsonNode master = master().orElseThrow(() -> new AssertionError("no master to stop in " + seeds));
        Endpoint httpEndpoint = master.has("httpEndPointIp")
                ? new Endpoint(master.get("httpEndPointIp").asText(), master.get("httpEndPointPort").asInt())
                : new Endpoint(master.get("externalHttpIp").asText(), master.get("externalHttpPort").asInt());
        String user = System.getProperty("extreme.it.username", "admin");
        String password = System.getProperty("extreme.it.password", "changeit");
        HttpRequest shutdown = HttpRequest.newBuilder(URI.create("http://" + httpEndpoint + "/admin/shutdown"))
                .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> answer = http.send(shutdown, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new AssertionError("the master at " + httpEndpoint + " refused to shut down: HTTP "
                        + answer.statusCode() + " " + answer.body());
            }
        } catch (IOException e) {
            throw new AssertionError("could not ask " + httpEndpoint + " to shut down: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        Endpoint stopped = tcp(master);
        // The node answers before it stops: wait until gossip no longer shows it as the live master.
        long deadline = System.nanoTime() + ELECTION_DEADLINE.toNanos();
        while (master().map(m -> tcp(m).equals(stopped)).orElse(false)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(stopped + " was asked to shut down but is still the master after "
                        + ELECTION_DEADLINE);
            }
            pause();
        }
        return stopped;
    }

    @Override
    public boolean simulated() {
        return false;
    }

    @Override
    public void close() {
        // the cluster is the user's: left running
    }

    private Optional<JsonNode> master() {
        for (JsonNode member : members()) {
            String state = member.path("state").asText();
            if (member.path("isAlive").asBoolean() && (state.equals("Master") || state.equals("Leader"))) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }

    /** The members of the first seed that answers gossip; none when no seed does. */
    private List<JsonNode> members() {
        for (Endpoint seed : seeds) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + seed + "/gossip?format=json"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    List<JsonNode> members = new ArrayList<>();
                    JSON.readTree(answer.body()).path("members").forEach(members::add);
                    return members;
                }
            } catch (IOException e) {
                // this seed is down or answered nonsense: the next one may answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return List.of();
    }

    private static Endpoint tcp(JsonNode member) {
        return new Endpoint(member.path("externalTcpIp").asText(), member.path("externalTcpPort").asInt());
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(100); // the poll interval of a wait with a deadline
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public String toString() {
        return "a real cluster with gossip seeds " + seeds;
    }
}
