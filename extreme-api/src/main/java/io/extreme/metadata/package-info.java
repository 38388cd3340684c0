/**
 * Stream metadata: {@link io.extreme.metadata.StreamMetadata} (max count and age, truncate
 * before, cache control, custom keys), its access control list
 * {@link io.extreme.metadata.StreamAcl}, and {@link io.extreme.metadata.StreamMetadataResult}
 * as read with the metastream's version. The JSON the server stores is read and written here,
 * over the engine's small JSON parser ({@code io.extreme.internal.json}), which imports no
 * public type.
 */
package io.extreme.metadata;
