package io.extreme.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.extreme.Endpoint;

/**
 * One member of a gossip answer: the fields a client needs, under the names of both eras
 * (v3–v5 {@code externalHttpIp}/{@code externalHttpPort}, 20.x {@code httpEndPointIp}/
 * {@code httpEndPointPort} and {@code isReadOnlyReplica}). Other fields are ignored; a missing
 * number reads as 0, a missing flag as {@code false}.
 *
 * @param instanceId            the node's id; changes when the node restarts
 * @param stateName             the state as gossip spells it; see {@link #state()}
 * @param alive                 whether the answering node believes this member is alive
 * @param externalTcpIp         the address clients connect to
 * @param externalTcpPort       the plain TCP port clients connect to; 0 when there is none (20.x with TLS)
 * @param externalSecureTcpPort the TLS TCP port; 0 when there is none
 * @param externalHttpIp        v3–v5: the HTTP address to ask for gossip
 * @param externalHttpPort      v3–v5: the HTTP port to ask for gossip
 * @param httpEndPointIp        20.x: the HTTP address to ask for gossip
 * @param httpEndPointPort      20.x: the HTTP port to ask for gossip
 * @param readOnlyReplica       20.x: whether the member is a read-only replica, whatever its state
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GossipMember(
        @JsonProperty("instanceId") String instanceId,
        @JsonProperty("state") String stateName,
        @JsonProperty("isAlive") boolean alive,
        @JsonProperty("externalTcpIp") String externalTcpIp,
        @JsonProperty("externalTcpPort") int externalTcpPort,
        @JsonProperty("externalSecureTcpPort") int externalSecureTcpPort,
        @JsonProperty("externalHttpIp") String externalHttpIp,
        @JsonProperty("externalHttpPort") int externalHttpPort,
        @JsonProperty("httpEndPointIp") String httpEndPointIp,
        @JsonProperty("httpEndPointPort") int httpEndPointPort,
        @JsonProperty("isReadOnlyReplica") boolean readOnlyReplica) {

    /** The state, whichever era named it; {@link NodeState#UNRECOGNISED} for a name this client does not know. */
    public NodeState state() {
        return NodeState.of(stateName);
    }

    /** Whether the member is a read-only replica, by its flag or by its state. */
    public boolean readOnly() {
        return readOnlyReplica || state().readOnly();
    }

    /**
     * Where a client connects: the external TCP address with the plain port, or with the secure
     * port when there is no plain one (20.x with TLS); {@code null} when the member offers neither.
     */
    public Endpoint tcpEndpoint() {
        int port = externalTcpPort > 0 ? externalTcpPort : externalSecureTcpPort;
        return endpoint(externalTcpIp, port);
    }

    /** Where to ask this member for gossip (v3–v5 external HTTP, else 20.x HTTP); {@code null} when unknown. */
    public Endpoint httpEndpoint() {
        Endpoint external = endpoint(externalHttpIp, externalHttpPort);
        return external != null ? external : endpoint(httpEndPointIp, httpEndPointPort);
    }

    private static Endpoint endpoint(String host, int port) {
        return host == null || host.isBlank() || port < 1 || port > 65_535 ? null : new Endpoint(host, port);
    }

    @Override
    public String toString() {
        return stateName + (alive ? "" : "(dead)") + (readOnlyReplica ? "(read-only)" : "") + "@" + tcpEndpoint();
    }
}
