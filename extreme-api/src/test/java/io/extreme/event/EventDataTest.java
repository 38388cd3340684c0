package io.extreme.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventDataTest {
    private static final UUID ID = UUID.fromString("11111111-2222-3333-4444-555555555555");

    @Test
    void equalsByContentNotByArray() {
        EventData a = new EventData(ID, "t", true, bytes("{}"), bytes("m"));
        EventData b = new EventData(ID, "t", true, bytes("{}"), bytes("m"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new EventData(ID, "t", true, bytes("{ }"), bytes("m")));
        assertThat(a).isNotEqualTo(new EventData(ID, "t", false, bytes("{}"), bytes("m")));
        assertThat(a).isNotEqualTo(a.withEventId(UUID.randomUUID()));
    }

    @Test
    void theArrayPassedInIsCopied() {
        byte[] data = bytes("abc");
        byte[] metadata = bytes("m");
        EventData event = new EventData(ID, "t", false, data, metadata);
        data[0] = 'X';
        metadata[0] = 'X';
        assertThat(event.data()).isEqualTo(bytes("abc"));
        assertThat(event.metadata()).isEqualTo(bytes("m"));

        byte[] binary = bytes("abc");
        EventData viaFactory = EventData.binary("t", binary);
        binary[0] = 'X';
        assertThat(viaFactory.data()).isEqualTo(bytes("abc"));
    }

    @Test
    void theArrayReturnedIsACopy() {
        EventData event = new EventData(ID, "t", false, bytes("abc"), bytes("m"));
        event.data()[0] = 'X';
        event.metadata()[0] = 'X';
        assertThat(event.data()).isEqualTo(bytes("abc"));
        assertThat(event.metadata()).isEqualTo(bytes("m"));
    }

    @Test
    void buffersAreReadOnlyViewsFromTheStart() {
        EventData event = new EventData(ID, "t", false, bytes("abc"), null);
        ByteBuffer data = event.dataBuffer();
        assertThat(data.isReadOnly()).isTrue();
        assertThat(data.remaining()).isEqualTo(3);
        assertThatThrownBy(() -> data.put(0, (byte) 'X')).isInstanceOf(ReadOnlyBufferException.class);
        data.get();
        assertThat(event.dataBuffer().position()).isZero(); // each call a fresh view
        assertThat(event.metadataBuffer().remaining()).isZero();
        assertThat(event.metadataBuffer().isReadOnly()).isTrue();
    }

    @Test
    void metadataIsOptionalAndNullMeansEmpty() {
        EventData bare = new EventData(ID, "t", false, null, null);
        assertThat(bare.data()).isEmpty();
        assertThat(bare.hasMetadata()).isFalse();
        assertThat(bare.withMetadata("{\"a\":1}").hasMetadata()).isTrue();
        assertThat(new EventData(ID, "t", false, null, new byte[0])).isEqualTo(bare);
    }

    @Test
    void ownedArraysAreTakenAsTheyAre() {
        byte[] data = bytes("abc");
        EventData event = EventData.ofOwnedArrays(ID, "t", false, data, null);
        assertThat(event.data()).isEqualTo(data);
        assertThat(event.size()).isEqualTo(3);
    }

    @Test
    void withEventIdKeepsEverythingElse() {
        EventData event = EventData.json("t", "{}").withMetadata("m");
        EventData again = event.withEventId(ID);
        assertThat(again.eventId()).isEqualTo(ID);
        assertThat(again.eventType()).isEqualTo("t");
        assertThat(again.json()).isTrue();
        assertThat(again.data()).isEqualTo(bytes("{}"));
        assertThat(again.metadata()).isEqualTo(bytes("m"));
    }

    @Test
    void toStringNamesTypeIdAndSizesButNotThePayload() {
        EventData event = new EventData(ID, "OrderPlaced", true, bytes("{\"secret\":1}"), bytes("m"));
        assertThat(event.toString()).contains("OrderPlaced", ID.toString(), "12 bytes", "1 bytes of metadata")
                .doesNotContain("secret");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> new EventData(null, "t", false, null, null)).hasMessage("eventId");
        assertThatThrownBy(() -> new EventData(ID, null, false, null, null)).hasMessage("eventType");
        assertThatThrownBy(() -> new EventData(ID, "", false, null, null)).hasMessage("eventType must not be empty");
        assertThatThrownBy(() -> EventData.binary("t", null)).hasMessage("data");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
