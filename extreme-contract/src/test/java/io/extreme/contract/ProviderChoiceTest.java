package io.extreme.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.Extreme;
import io.extreme.ExtremeSettings;
import io.extreme.error.ConfigurationException;
import org.junit.jupiter.api.Test;

/** With every adapter on the class path, a wrong name lists what is there. */
class ProviderChoiceTest {
    @Test
    void anUnknownTransportNameListsTheAvailableOnes() {
        assertThatThrownBy(() -> Extreme.connect(ExtremeSettings.builder().transport("carrier-pigeon").build()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("carrier-pigeon").hasMessageContaining("nio").hasMessageContaining("in-memory");
    }
}
