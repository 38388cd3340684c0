package io.extreme.testkit.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a gossip answer the way a real node's {@code GET /gossip?format=json} does (PROTOCOL.md
 * §5.2, §12): {@code members}, {@code serverIp}, {@code serverPort}; every member field in the
 * order a 4.1.4 node writes them, states by name, time stamps in ISO-8601 UTC with seven
 * fractional digits and a {@code Z} (esjc parses them with {@code Instant.parse}).
 */
final class GossipJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** .NET's round-trip format: always seven fractional digits. */
    private static final DateTimeFormatter TIME_STAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private GossipJson() {
    }

    /** The answer of the node whose HTTP interface is {@code serverIp:serverPort}, as UTF-8 bytes. */
    static byte[] render(NamingEra era, List<MemberView> members, String serverIp, int serverPort) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = root.putArray("members");
        for (MemberView member : members) {
            array.add(member(era, member));
        }
        root.put("serverIp", serverIp);
        root.put("serverPort", serverPort);
        try {
            return MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write gossip JSON", e);
        }
    }

    private static ObjectNode member(NamingEra era, MemberView member) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("instanceId", member.instanceId().toString());
        node.put("timeStamp", TIME_STAMP.format(member.timeStamp()));
        node.put("state", member.state().nameIn(era));
        node.put("isAlive", member.alive());
        node.put("internalTcpIp", member.host());
        node.put("internalTcpPort", member.tcpPort());
        node.put("internalSecureTcpPort", 0);
        node.put("externalTcpIp", member.host());
        node.put("externalTcpPort", member.tcpPort());
        node.put("externalSecureTcpPort", 0);
        if (era == NamingEra.V20) {
            node.put("httpEndPointIp", member.host());
            node.put("httpEndPointPort", member.httpPort());
        } else {
            node.put("internalHttpIp", member.host());
            node.put("internalHttpPort", member.httpPort());
            node.put("externalHttpIp", member.host());
            node.put("externalHttpPort", member.httpPort());
        }
        // One shared log: every member has written, committed and chased it to the same end.
        node.put("lastCommitPosition", member.writerCheckpoint());
        node.put("writerCheckpoint", member.writerCheckpoint());
        node.put("chaserCheckpoint", member.writerCheckpoint());
        node.put("epochPosition", member.epoch().position());
        node.put("epochNumber", member.epoch().number());
        node.put("epochId", member.epoch().id().toString());
        node.put("nodePriority", 0);
        if (era == NamingEra.V20) {
            node.put("isReadOnlyReplica", false);
        }
        return node;
    }
}
