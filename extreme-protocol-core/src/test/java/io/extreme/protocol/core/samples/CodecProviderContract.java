package io.extreme.protocol.core.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.ProtocolCodecProvider;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every codec module's provider keeps: ServiceLoader finds it on the class path, and it
 * hands out one shared, stateless codec of its version under its name and priority. The v3 and
 * v4 modules' provider tests extend it with what they expect.
 */
public abstract class CodecProviderContract {
    private final Supplier<ProtocolCodecProvider> provider;
    private final String name;
    private final int priority;
    private final Class<? extends ProtocolCodec> codecType;
    private final int version;

    /** The contract of the providers {@code provider} makes. */
    protected CodecProviderContract(Supplier<ProtocolCodecProvider> provider, String name, int priority,
            Class<? extends ProtocolCodec> codecType, int version) {
        this.provider = provider;
        this.name = name;
        this.priority = priority;
        this.codecType = codecType;
        this.version = version;
    }

    @Test
    void serviceLoaderFindsTheProviderOnTheClassPath() {
        assertThat(ServiceLoader.load(ProtocolCodecProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(provider.get().getClass());
    }

    @Test
    void codecIsSharedAndSpeaksItsVersion() {
        ProtocolCodecProvider made = provider.get();
        assertThat(made.name()).isEqualTo(name);
        assertThat(made.priority()).isEqualTo(priority);
        assertThat(made.codec()).isSameAs(provider.get().codec()).isInstanceOf(codecType);
        assertThat(made.codec().version()).isEqualTo(version);
    }
}
