package io.extreme.testkit.cluster;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * The answer of a {@link FakeDnsServer} to one query, as an authoritative server gives it: the
 * question echoed, the A records of a known name, NXDOMAIN for an unknown one, FORMERR for a
 * message it cannot read and NOTIMP for anything but a standard query.
 */
final class DnsAnswers {
    /** The most a UDP answer may carry when the query does not say (RFC 1035 §4.2.1). */
    private static final int CLASSIC_UDP_LIMIT = 512;

    private DnsAnswers() {
    }

    /**
     * The reply to {@code query}, or {@code null} when it is too short to have an id to answer.
     *
     * @param asked told of the name each readable query asks about
     */
    static byte[] answer(byte[] query, Map<Name, List<byte[]>> records, Consumer<Name> asked) {
        Message request;
        try {
            request = new Message(query);
        } catch (IOException e) {
            return malformed(query);
        }
        Header header = request.getHeader();
        Message reply = new Message(header.getID());
        reply.getHeader().setFlag(Flags.QR);
        reply.getHeader().setFlag(Flags.AA);
        if (header.getFlag(Flags.RD)) {
            reply.getHeader().setFlag(Flags.RD);
        }
        Record question = request.getQuestion();
        if (question != null) {
            reply.addRecord(question, Section.QUESTION);
        }
        if (header.getOpcode() != Opcode.QUERY) {
            reply.getHeader().setRcode(Rcode.NOTIMP);
        } else if (question == null) {
            reply.getHeader().setRcode(Rcode.FORMERR);
        } else {
            asked.accept(question.getName());
            answer(question, records.get(question.getName()), reply);
        }
        OPTRecord opt = request.getOPT();
        int limit = opt == null ? CLASSIC_UDP_LIMIT : Math.max(CLASSIC_UDP_LIMIT, opt.getPayloadSize());
        // Sets TC when the records do not fit, so the client knows it got only part.
        return reply.toWire(limit);
    }

    private static void answer(Record question, List<byte[]> addresses, Message reply) {
        if (addresses == null) {
            reply.getHeader().setRcode(Rcode.NXDOMAIN);
            return;
        }
        int type = question.getType();
        if (type == Type.A || type == Type.ANY) {
            for (byte[] address : addresses) {
                reply.addRecord(new ARecord(question.getName(), DClass.IN, FakeDnsServer.TTL_SECONDS, address),
                        Section.ANSWER);
            }
        }
    }

    /** A query it cannot read: FORMERR under the query's id, if there is a whole header to take it from. */
    private static byte[] malformed(byte[] query) {
        if (query.length < Header.LENGTH) {
            return null;
        }
        Message reply = new Message(((query[0] & 0xFF) << 8) | (query[1] & 0xFF));
        reply.getHeader().setFlag(Flags.QR);
        reply.getHeader().setRcode(Rcode.FORMERR);
        return reply.toWire();
    }
}
