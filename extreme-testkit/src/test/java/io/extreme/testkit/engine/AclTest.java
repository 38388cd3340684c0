package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.EngineHarness.event;
import static io.extreme.testkit.engine.EngineHarness.stream;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.DeleteStream;
import io.extreme.spi.message.DeleteStreamCompleted;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadEventCompleted;
import io.extreme.spi.message.ReadEventResult;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.TransactionStart;
import io.extreme.spi.message.TransactionStartCompleted;
import io.extreme.spi.message.WriteEventsCompleted;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Access control, as the meta-acl-*, system-stream-access and auth-* transcripts recorded it (PROTOCOL.md §4.7). */
class AclTest {
    private final EngineHarness h = new EngineHarness();
    private final String s = stream("s1");

    private ReadStreamEventsCompleted read(Principal who, String streamId) {
        return h.ask(who, new ReadStreamEvents(ReadDirection.FORWARD,
                streamId, 0, 10, false, true));
    }

    private WriteEventsCompleted write(Principal who, String streamId) {
        return h.append(who, streamId, -2, event("x"));
    }

    @Test
    void readRoleAdminsDeniesOthersButLeavesWritesOpen() {
        h.append(s, -1, event("1"));
        h.append(Principal.ANONYMOUS, "$$" + s, -1,
                EngineHarness.json(UUID.randomUUID(), "$metadata", "{\"$acl\":{\"$r\":\"$admins\"}}"));
        ReadStreamEventsCompleted denied = read(Principal.ANONYMOUS, s);
        assertThat(denied.result()).isEqualTo(ReadStreamResult.ACCESS_DENIED);
        assertThat(denied.nextEventNumber()).isEqualTo(-1);
        assertThat(denied.lastEventNumber()).isEqualTo(-1);
        assertThat(denied.endOfStream()).isTrue();
        assertThat(denied.error()).isEmpty();
        assertThat(read(h.ops, s).result()).isEqualTo(ReadStreamResult.ACCESS_DENIED);
        ReadEventCompleted event = h.ask(new ReadEvent(s, 0, false, true));
        assertThat(event.result()).isEqualTo(ReadEventResult.ACCESS_DENIED);
        assertThat(event.event().event()).isNull();
        assertThat(read(h.admin, s).result()).isEqualTo(ReadStreamResult.SUCCESS);
        assertThat(write(Principal.ANONYMOUS, s).result()).isEqualTo(OperationResult.SUCCESS);
        // $mr falls back to the default ($all) on its own: the metadata stays readable.
        assertThat(read(Principal.ANONYMOUS, "$$" + s).result()).isEqualTo(ReadStreamResult.SUCCESS);
    }

    @Test
    void writeAndDeleteRolesAsStringOrArray() {
        h.setMetadata(s, "{\"$acl\":{\"$w\":\"$admins\",\"$d\":[\"$admins\",\"$ops\"]}}");
        WriteEventsCompleted denied = write(Principal.ANONYMOUS, s);
        assertThat(denied).isEqualTo(new WriteEventsCompleted(OperationResult.ACCESS_DENIED, "Access denied.",
                -2147483648L, -2147483648L, -2147483648L, 0L, -1L));
        assertThat(write(h.ops, s).result()).isEqualTo(OperationResult.ACCESS_DENIED);
        assertThat(write(h.admin, s).result()).isEqualTo(OperationResult.SUCCESS);
        TransactionStartCompleted start = h.ask(new TransactionStart(s, -2, true));
        assertThat(start).isEqualTo(new TransactionStartCompleted(-1, OperationResult.ACCESS_DENIED, "Access denied."));
        DeleteStreamCompleted anonymousDelete = h.ask(new DeleteStream(s, -2, true, null));
        assertThat(anonymousDelete).isEqualTo(new DeleteStreamCompleted(OperationResult.ACCESS_DENIED,
                "Access denied.", -1L, -1L));
        DeleteStreamCompleted opsDelete = h.ask(h.ops, new DeleteStream(s, -2, true, null));
        assertThat(opsDelete.result()).isEqualTo(OperationResult.SUCCESS);
        ReadStreamEventsCompleted after = read(Principal.ANONYMOUS, s);
        assertThat(after.result()).isEqualTo(ReadStreamResult.NO_STREAM);
        assertThat(after.lastEventNumber()).isZero();
    }

    @Test
    void systemStreamsAreForAdminsOnly() {
        String system = "$" + stream("x");
        assertThat(write(Principal.ANONYMOUS, system).result()).isEqualTo(OperationResult.ACCESS_DENIED);
        assertThat(write(h.ops, system).result()).isEqualTo(OperationResult.ACCESS_DENIED);
        assertThat(write(h.admin, system).result()).isEqualTo(OperationResult.SUCCESS);
        assertThat(read(Principal.ANONYMOUS, system).result()).isEqualTo(ReadStreamResult.ACCESS_DENIED);
        assertThat(read(h.ops, system).result()).isEqualTo(ReadStreamResult.ACCESS_DENIED);
        assertThat(read(h.admin, system).result()).isEqualTo(ReadStreamResult.SUCCESS);
        assertThat(h.delete(system, -2, false).result()).isEqualTo(OperationResult.ACCESS_DENIED);
        // Their metadata follows their $mr/$mw, which are $admins too.
        assertThat(read(Principal.ANONYMOUS, "$$" + system).result()).isEqualTo(ReadStreamResult.ACCESS_DENIED);
    }

    @Test
    void metadataStreamsFollowMetaRolesAndCannotBeDeleted() {
        h.setMetadata(s, "{\"$acl\":{\"$mr\":\"$ops\",\"$mw\":\"$ops\"}}");
        assertThat(read(Principal.ANONYMOUS, "$$" + s).result()).isEqualTo(ReadStreamResult.ACCESS_DENIED);
        assertThat(read(h.ops, "$$" + s).result()).isEqualTo(ReadStreamResult.SUCCESS);
        assertThat(write(Principal.ANONYMOUS, "$$" + s).result()).isEqualTo(OperationResult.ACCESS_DENIED);
        assertThat(h.<DeleteStreamCompleted>ask(h.admin, new DeleteStream("$$" + s, -2, true, null)).result())
                .isEqualTo(OperationResult.ACCESS_DENIED);
    }

    @Test
    void userRolesMatchLoginsAndSettingsChangeTheDefaults() {
        h.setMetadata(s, "{\"$acl\":{\"$r\":[\"ops\"]}}");
        assertThat(read(h.ops, s).result()).isEqualTo(ReadStreamResult.NO_STREAM); // allowed: the login matches
        String other = stream("s2");
        h.append(h.admin, "$settings", -2, EngineHarness.json(UUID.randomUUID(), "$settings",
                "{\"$userStreamAcl\":{\"$r\":\"$admins\",\"$w\":\"$ops\"},\"$systemStreamAcl\":{\"$r\":\"$all\"}}"));
        assertThat(read(Principal.ANONYMOUS, other).result()).isEqualTo(ReadStreamResult.ACCESS_DENIED);
        assertThat(write(Principal.ANONYMOUS, other).result()).isEqualTo(OperationResult.ACCESS_DENIED);
        assertThat(write(h.ops, other).result()).isEqualTo(OperationResult.SUCCESS);
        // Operations the settings do not name keep the built-in default.
        assertThat(h.delete(other, -2, false).result()).isEqualTo(OperationResult.SUCCESS);
        assertThat(read(Principal.ANONYMOUS, "$" + stream("sys")).result()).isEqualTo(ReadStreamResult.NO_STREAM);
        assertThat(read(Principal.ANONYMOUS, s).result()).isEqualTo(ReadStreamResult.ACCESS_DENIED);
    }
}
