package io.extreme.protocol.core;

import io.extreme.protocol.core.WireCursor.Irregular;
import io.extreme.spi.Guids;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.WireResolvedEvent;

/**
 * Reads the event shapes of pages and pushes (an event record, and the two ways of pairing it
 * with its link) for {@link EventPages}, straight from the payload. An event's number goes
 * through the dialect, as in {@link EventShapes}; its data and metadata are copied, since the
 * event owns them and the payload is the frame's; its names come from {@link RepeatedNames}
 * within a page. Throws {@link Irregular} where {@link EventPages} says.
 */
final class EventRecordReader {
    private final Dialect dialect;

    EventRecordReader(Dialect dialect) {
        this.dialect = dialect;
    }

    ResolvedIndexedEvent indexed(WireCursor in, RepeatedNames names, RepeatedNames linkNames) {
        int outer = in.pushLimit(in.length());
        EventRecord event = null;
        EventRecord link = null;
        for (int tag = in.tag(); tag != 0; tag = in.tag()) {
            if (tag == (1 << 3 | WireCursor.LENGTH_DELIMITED) && event == null) {
                event = record(in, names);
            } else if (tag == (2 << 3 | WireCursor.LENGTH_DELIMITED) && link == null) {
                link = record(in, linkNames);
            } else {
                in.skipUnknown(tag, 2);
            }
        }
        in.popLimit(outer);
        return new ResolvedIndexedEvent(event, link);
    }

    WireResolvedEvent resolved(WireCursor in, RepeatedNames names, RepeatedNames linkNames) {
        int outer = in.pushLimit(in.length());
        EventRecord event = null;
        EventRecord link = null;
        long commit = 0;
        long prepare = 0;
        for (int tag = in.tag(); tag != 0; tag = in.tag()) {
            if (tag == (1 << 3 | WireCursor.LENGTH_DELIMITED) && event == null) {
                event = record(in, names);
            } else if (tag == (2 << 3 | WireCursor.LENGTH_DELIMITED) && link == null) {
                link = record(in, linkNames);
            } else if (tag == 3 << 3) {
                commit = in.varint();
            } else if (tag == 4 << 3) {
                prepare = in.varint();
            } else {
                in.skipUnknown(tag, 4);
            }
        }
        in.popLimit(outer);
        return new WireResolvedEvent(event, link, commit, prepare);
    }

    /** An EventRecord; {@code names} spares repeated names within a page, null for a lone event. */
    private EventRecord record(WireCursor in, RepeatedNames names) {
        int outer = in.pushLimit(in.length());
        byte[] buf = in.array();
        int streamFrom = 0;
        int streamTo = 0;
        long number = 0;
        int idAt = -1;
        int typeFrom = 0;
        int typeTo = 0;
        int dataType = 0;
        int metadataType = 0;
        byte[] data = Wire.EMPTY;
        byte[] metadata = null;
        Long created = null;
        Long createdEpoch = null;
        for (int tag = in.tag(); tag != 0; tag = in.tag()) {
            switch (tag) {
                case 1 << 3 | WireCursor.LENGTH_DELIMITED -> {
                    int length = in.length();
                    streamFrom = in.position();
                    streamTo = streamFrom + length;
                    in.skip(length);
                }
                case 2 << 3 -> number = in.varint();
                case 3 << 3 | WireCursor.LENGTH_DELIMITED -> {
                    int length = in.length();
                    idAt = length == Guids.LENGTH ? in.position() : -1;
                    in.skip(length);
                }
                case 4 << 3 | WireCursor.LENGTH_DELIMITED -> {
                    int length = in.length();
                    typeFrom = in.position();
                    typeTo = typeFrom + length;
                    in.skip(length);
                }
                case 5 << 3 -> dataType = (int) in.varint();
                case 6 << 3 -> metadataType = (int) in.varint();
                case 7 << 3 | WireCursor.LENGTH_DELIMITED -> data = in.copyOfBytes();
                case 8 << 3 | WireCursor.LENGTH_DELIMITED -> metadata = in.copyOfBytes();
                case 9 << 3 -> created = in.varint();
                case 10 << 3 -> createdEpoch = in.varint();
                default -> in.skipUnknown(tag, 10);
            }
        }
        in.popLimit(outer);
        if (idAt < 0) {
            throw Irregular.INSTANCE; // no id, or not 16 bytes: the generated parser's path says why
        }
        String stream = names == null ? WireCursor.utf8(buf, streamFrom, streamTo) : names.streamId(buf, streamFrom, streamTo);
        String type = names == null ? WireCursor.utf8(buf, typeFrom, typeTo) : names.eventType(buf, typeFrom, typeTo);
        return new EventRecord(stream, dialect.fromWire(number), Guids.read(buf, idAt), type, dataType, metadataType,
                data, metadata, created, createdEpoch);
    }
}
