package io.extreme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.error.ConfigurationException;
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
        assertThatThrownBy(() -> Extreme.connect(ExtremeSettings.builder().protocol("4").build()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'v4'").hasMessageContaining("available: none")
                .hasMessageContaining("io.extreme:extreme-protocol-v4");
        assertThatThrownBy(() -> Extreme.connect(ExtremeSettings.builder().protocol("3").build()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("io.extreme:extreme-protocol-v3");
    }

    @Test
    void theProtocolIsThreeFourOrAuto() {
        assertThat(ExtremeSettings.defaults().protocol()).isEqualTo(ProtocolVersion.AUTO);
        assertThat(ExtremeSettings.builder().protocol("V3").build().protocol()).isEqualTo(ProtocolVersion.V3);
        assertThat(ExtremeSettings.builder().protocol("4").build().protocol()).isEqualTo(ProtocolVersion.V4);
        assertThat(ExtremeSettings.builder().protocol((String) null).build().protocol()).isEqualTo(ProtocolVersion.AUTO);
        assertThatThrownBy(() -> ExtremeSettings.builder().protocol("v9"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("protocol must be 3, 4 or auto, was 'v9'");
    }
}
