package io.extreme.discovery;

import io.extreme.Endpoint;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** A DNS server on 127.0.0.1 (UDP, a free port) that knows A records it is told, and nothing else (NXDOMAIN). */
final class FakeDns implements AutoCloseable {
    private final DatagramSocket socket;
    private final Map<Name, List<InetAddress>> records = new ConcurrentHashMap<>();
    final AtomicInteger queries = new AtomicInteger();

    FakeDns() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        Thread thread = new Thread(this::serve, "fake-dns");
        thread.setDaemon(true);
        thread.start();
    }

    /** {@code name} answers these address literals (none: the name exists but has no A records). */
    FakeDns add(String name, String... addresses) throws IOException {
        InetAddress[] parsed = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            parsed[i] = InetAddress.getByName(addresses[i]); // literals only: nothing is resolved
        }
        records.put(Name.fromString(name, Name.root), List.of(parsed));
        return this;
    }

    Endpoint endpoint() {
        return new Endpoint("127.0.0.1", socket.getLocalPort());
    }

    private void serve() {
        byte[] buffer = new byte[1024];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                queries.incrementAndGet();
                Message query = new Message(Arrays.copyOf(packet.getData(), packet.getLength()));
                byte[] answer = answer(query).toWire();
                socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
            } catch (IOException e) {
                // closed, or a packet that is not DNS: go on until closed
            }
        }
    }

    private Message answer(Message query) {
        Record question = query.getQuestion();
        Message answer = new Message(query.getHeader().getID());
        answer.getHeader().setFlag(Flags.QR);
        answer.getHeader().setFlag(Flags.AA);
        answer.addRecord(question, Section.QUESTION);
        List<InetAddress> addresses = records.get(question.getName());
        if (addresses == null) {
            answer.getHeader().setRcode(Rcode.NXDOMAIN);
        } else if (question.getType() == Type.A) {
            addresses.forEach(a -> answer.addRecord(new ARecord(question.getName(), DClass.IN, 60, a), Section.ANSWER));
        }
        return answer;
    }

    @Override
    public void close() {
        socket.close();
    }
}
