package io.extreme.spi;

import io.extreme.plugin.Plugin;

/**
 * Makes {@link ProtocolCodec}s; found with {@link java.util.ServiceLoader}. The name is the
 * protocol version as text ({@code "v3"}, {@code "v4"}).
 */
public interface ProtocolCodecProvider extends Plugin {
    /** The codec; codecs are stateless, so one may be shared. */
    ProtocolCodec codec();
}
