package io.extreme;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** extreme-api alone has no adapters: connecting must say which module to add. */
class PluginLookupTest {
    @Test
    void aMissingCodecNamesTheModuleToAdd() {
        assertThatThrownBy(() -> Extreme.connect(ExtremeSettings.defaults()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("io.extreme:extreme-protocol-v4");
    }

    @Test
    void aProviderChosenByNameThatNobodyOffersIsNamed() {
        assertThatThrownBy(() -> Extreme.connect(ExtremeSettings.builder().protocol("v9").build()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'v9'").hasMessageContaining("available: none");
    }
}
