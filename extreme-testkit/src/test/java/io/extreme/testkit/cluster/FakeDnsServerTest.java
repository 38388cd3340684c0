package io.extreme.testkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** The fake DNS server answers A queries from dnsjava's own resolver, and nothing reaches real DNS. */
class FakeDnsServerTest {
    private final FakeDnsServer dns = FakeDnsServer.start();

    @AfterEach
    void close() {
        dns.close();
    }

    @Test
    void answersEveryARecordOfAKnownName() throws Exception {
        dns.addA("cluster.test", "127.0.0.1", "127.0.0.2").addA("cluster.test", "127.0.0.3");

        Message answer = ask("cluster.test.", Type.A);

        assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(addresses(answer)).containsExactly("127.0.0.1", "127.0.0.2", "127.0.0.3");
        assertThat(answer.getSection(Section.ANSWER)).allSatisfy(record -> {
            assertThat(record.getName()).isEqualTo(Name.fromString("cluster.test."));
            assertThat(record.getTTL()).isEqualTo(FakeDnsServer.TTL_SECONDS);
        });
        assertThat(answer.getHeader().getID()).isNotNegative();
        assertThat(dns.queries()).isEqualTo(1);
        assertThat(dns.queries("cluster.test")).isEqualTo(1);
    }

    @Test
    void namesMatchWithoutCaseAndWithoutTheFinalDot() throws Exception {
        dns.addA("Cluster.Test", "127.0.0.5");

        assertThat(addresses(ask("CLUSTER.test.", Type.A))).containsExactly("127.0.0.5");
        assertThat(dns.queries("cluster.test.")).isEqualTo(1);
    }

    @Test
    void anUnknownNameIsNxdomainAndAKnownNameHasNoOtherTypes() throws Exception {
        dns.addA("cluster.test", "127.0.0.1");

        Message unknown = ask("elsewhere.test.", Type.A);
        Message otherType = ask("cluster.test.", Type.AAAA);

        assertThat(unknown.getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(unknown.getSection(Section.ANSWER)).isEmpty();
        assertThat(otherType.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(otherType.getSection(Section.ANSWER)).isEmpty();
        assertThat(dns.queries()).isEqualTo(2);
        assertThat(dns.queries("elsewhere.test")).isEqualTo(1);
    }

    @Test
    void aRemovedNameIsNxdomain() throws Exception {
        dns.addA("cluster.test", "127.0.0.1");
        dns.remove("cluster.test");

        assertThat(ask("cluster.test.", Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void listensOnTheLoopback() {
        assertThat(dns.endpoint().host()).isEqualTo("127.0.0.1");
        assertThat(dns.socketAddress().getAddress().isLoopbackAddress()).isTrue();
        assertThat(dns.socketAddress().getPort()).isEqualTo(dns.endpoint().port());
    }

    @Test
    void badRecordsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> dns.addA("cluster.test", "cluster.example"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ipv4").hasMessageContaining("cluster.example");
        assertThatThrownBy(() -> dns.addA("cluster.test", "::1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ipv4");
        assertThatThrownBy(() -> dns.addA("cluster.test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> dns.addA(" ", "127.0.0.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> dns.addA("a..b", "127.0.0.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    private Message ask(String name, int type) throws Exception {
        SimpleResolver resolver = new SimpleResolver(dns.socketAddress());
        resolver.setTimeout(Duration.ofSeconds(2));
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
    }

    private static List<String> addresses(Message answer) {
        return answer.getSection(Section.ANSWER).stream()
                .map(record -> ((ARecord) record).getAddress())
                .map(InetAddress::getHostAddress)
                .toList();
    }
}
