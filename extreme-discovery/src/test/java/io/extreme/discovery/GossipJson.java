package io.extreme.discovery;

import java.util.List;

/** Gossip documents for tests, in the shape a real 4.1.4 node serves (PROTOCOL.md §12). */
final class GossipJson {
    private GossipJson() {
    }

    /** A whole answer from the given members. */
    static String gossip(String... members) {
        return "{\"members\":[" + String.join(",", List.of(members)) + "],\"serverIp\":\"127.0.0.1\",\"serverPort\":2112}";
    }

    /** A v3–v5 member with every field a 4.1.4 node sends; internal and external addresses alike. */
    static String member(String id, String state, boolean alive, String ip, int tcpPort, int httpPort) {
        return """
                {"instanceId":"%s","timeStamp":"2019-05-08T10:43:13.7785556Z","state":"%s","isAlive":%s,\
                "internalTcpIp":"%s","internalTcpPort":1112,"internalSecureTcpPort":0,\
                "externalTcpIp":"%s","externalTcpPort":%d,"externalSecureTcpPort":0,\
                "internalHttpIp":"%s","internalHttpPort":2112,"externalHttpIp":"%s","externalHttpPort":%d,\
                "lastCommitPosition":1234,"writerCheckpoint":1300,"chaserCheckpoint":1300,"epochPosition":0,\
                "epochNumber":3,"epochId":"9c0e6b1e-0000-0000-0000-000000000000","nodePriority":0}"""
                .formatted(id, state, alive, ip, ip, tcpPort, ip, ip, httpPort);
    }
}
