package io.extreme.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordedEventTest {
    private static final UUID ID = UUID.fromString("11111111-2222-3333-4444-555555555555");
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void equalsByContentNotByArray() {
        RecordedEvent a = event(bytes("{}"), bytes("m"));
        RecordedEvent b = event(bytes("{}"), bytes("m"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(event(bytes("{}"), null));
        assertThat(a).isNotEqualTo(new RecordedEvent("s", 8, ID, "t", true, bytes("{}"), bytes("m"), AT));
    }

    @Test
    void theArrayPassedInIsCopied() {
        byte[] data = bytes("abc");
        RecordedEvent event = event(data, null);
        data[0] = 'X';
        assertThat(event.dataAsString()).isEqualTo("abc");
    }

    @Test
    void theArrayReturnedIsACopy() {
        RecordedEvent event = event(bytes("abc"), bytes("m"));
        event.data()[0] = 'X';
        event.metadata()[0] = 'X';
        assertThat(event.dataAsString()).isEqualTo("abc");
        assertThat(event.metadataAsString()).isEqualTo("m");
    }

    @Test
    void buffersAreReadOnlyViews() {
        RecordedEvent event = event(bytes("abc"), bytes("m"));
        ByteBuffer data = event.dataBuffer();
        assertThat(data.isReadOnly()).isTrue();
        assertThatThrownBy(() -> data.put(0, (byte) 'X')).isInstanceOf(ReadOnlyBufferException.class);
        assertThat(event.metadataBuffer().get(0)).isEqualTo((byte) 'm');
        assertThat(event.metadataBuffer().isReadOnly()).isTrue();
    }

    @Test
    void ownedArraysMatchCopiedOnes() {
        RecordedEvent owned = RecordedEvent.ofOwnedArrays("s", 7, ID, "t", true, bytes("{}"), null, AT);
        assertThat(owned).isEqualTo(event(bytes("{}"), new byte[0]));
        assertThat(owned.hasMetadata()).isFalse();
        assertThat(owned.metadata()).isEmpty();
    }

    @Test
    void toStringNamesPlaceTypeAndSizesButNotThePayload() {
        assertThat(event(bytes("{\"secret\":1}"), null).toString())
                .contains("7@s", "t", ID.toString(), "12 bytes").doesNotContain("secret");
    }

    private static RecordedEvent event(byte[] data, byte[] metadata) {
        return new RecordedEvent("s", 7, ID, "t", true, data, metadata, AT);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
