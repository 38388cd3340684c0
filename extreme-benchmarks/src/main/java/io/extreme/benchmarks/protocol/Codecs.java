package io.extreme.benchmarks.protocol;

import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.ProtocolCodecProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The codecs on the class path, found as the client finds them: by their providers, by name. */
final class Codecs {
    private Codecs() {
    }

    /**
     * The codec whose provider is named {@code name} ({@code "v3"}, {@code "v4"}).
     *
     * @throws IllegalArgumentException naming the providers found, when none has that name
     */
    static ProtocolCodec named(String name) {
        List<String> found = new ArrayList<>();
        for (ProtocolCodecProvider provider : ServiceLoader.load(ProtocolCodecProvider.class)) {
            if (provider.name().equals(name)) {
                return provider.codec();
            }
            found.add(provider.name());
        }
        throw new IllegalArgumentException("no protocol codec named '" + name + "' on the class path; found " + found);
    }
}
