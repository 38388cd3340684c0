package io.extreme.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A node's answer to {@code GET /gossip?format=json}: its view of the cluster.
 *
 * @param members    every member the node knows of, alive or not; never {@code null}
 * @param serverIp   the answering node's internal HTTP address, or {@code null}
 * @param serverPort the answering node's internal HTTP port, or 0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Gossip(
        @JsonProperty("members") List<GossipMember> members,
        @JsonProperty("serverIp") String serverIp,
        @JsonProperty("serverPort") int serverPort) {

    public Gossip {
        // A JSON null inside the array says nothing about any node: drop it rather than fail the answer.
        members = members == null ? List.of() : members.stream().filter(Objects::nonNull).toList();
    }
}
