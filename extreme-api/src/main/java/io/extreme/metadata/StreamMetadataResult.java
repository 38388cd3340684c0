package io.extreme.metadata;

/**
 * A stream's metadata as read.
 *
 * @param streamId          the stream
 * @param deleted           whether the stream was deleted for good
 * @param metastreamVersion the version of the metadata stream ({@code $$stream}); -1 when it has
 *                          none: pass it as the expected version when setting metadata
 * @param metadata          the metadata; {@link StreamMetadata#EMPTY} when none was set
 */
public record StreamMetadataResult(String streamId, boolean deleted, long metastreamVersion, StreamMetadata metadata) {
}
