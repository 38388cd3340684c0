package io.extreme.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeSettings;
import io.extreme.SettingsParser;
import io.extreme.serialization.Serializer;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The typed API's settings: defaults, the with-methods, and how properties, URIs and the builder reach them. */
class SerializationSettingsTest {
    private static final SerializationSettings DEFAULTS = SerializationSettings.DEFAULTS;

    /** A serializer that is only ever compared by identity here. */
    private static final Serializer GIVEN = new Serializer() {
        @Override
        public byte[] serialize(Object value) {
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public <T> T deserialize(byte[] data, Class<T> type) {
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public boolean isJson() {
            return true;
        }
    };

    @EventType("order-placed")
    record Placed() {
    }

    @Test
    void theDefaultsChooseThePluginOfHighestPriorityAndFail() {
        assertThat(DEFAULTS.serializerName()).isNull();
        assertThat(DEFAULTS.serializer()).isNull();
        assertThat(DEFAULTS.options()).isEmpty();
        assertThat(DEFAULTS.undecodable()).isEqualTo(UndecodableEvents.FAIL);
        assertThat(DEFAULTS.metadataType()).isEqualTo(Object.class);
        assertThat(DEFAULTS.eventTypes().eventTypeOf(Placed.class)).as("annotated").isEqualTo("order-placed");
        assertThat(ExtremeSettings.defaults().serialization()).isSameAs(DEFAULTS);
    }

    @Test
    void eachWithMethodChangesOneThing() {
        EventTypeMapping simple = EventTypeMapping.simpleNames();
        SerializationSettings changed = DEFAULTS.withSerializer("kryo").withOption("registration_required", "false")
                .withEventTypes(simple).withUndecodable(UndecodableEvents.SKIP).withMetadataType(Map.class);
        assertThat(changed).isEqualTo(new SerializationSettings("kryo", null, Map.of("registration_required", "false"),
                simple, UndecodableEvents.SKIP, Map.class));
        assertThat(DEFAULTS.withSerializer("kryo")).as("DEFAULTS untouched").isNotEqualTo(DEFAULTS);
        assertThat(DEFAULTS.serializerName()).isNull();
    }

    @Test
    void aGivenSerializerAndANameReplaceEachOther() {
        SerializationSettings given = DEFAULTS.withSerializer("kryo").withSerializer(GIVEN);
        assertThat(given.serializer()).isSameAs(GIVEN);
        assertThat(given.serializerName()).isNull();
        SerializationSettings named = given.withSerializer("json");
        assertThat(named.serializer()).isNull();
        assertThat(named.serializerName()).isEqualTo("json");
    }

    @Test
    void badValuesAreRefusedNamingThem() {
        assertThatThrownBy(() -> DEFAULTS.withSerializer(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serializer name must not be blank");
        assertThatThrownBy(() -> DEFAULTS.withSerializer((String) null)).hasMessageContaining("serializer");
        assertThatThrownBy(() -> DEFAULTS.withSerializer((Serializer) null)).hasMessageContaining("serializer");
        assertThatThrownBy(() -> DEFAULTS.withOption(null, "x")).hasMessageContaining("option key");
        assertThatThrownBy(() -> DEFAULTS.withOption("x", null)).hasMessageContaining("option value");
        assertThatThrownBy(() -> DEFAULTS.withEventTypes(null)).hasMessageContaining("eventTypes");
        assertThatThrownBy(() -> DEFAULTS.withUndecodable(null)).hasMessageContaining("undecodable");
        assertThatThrownBy(() -> DEFAULTS.withMetadataType(null)).hasMessageContaining("metadataType");
    }

    @Test
    void optionsAreCopiedAndImmutable() {
        Map<String, String> source = new HashMap<>(Map.of("a", "1"));
        SerializationSettings settings = new SerializationSettings(null, null, source, EventTypeMapping.annotated(),
                UndecodableEvents.FAIL, Object.class);
        source.put("b", "2");
        assertThat(settings.options()).isEqualTo(Map.of("a", "1"));
        assertThatThrownBy(() -> settings.options().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
        SerializationSettings more = settings.withOption("b", "2").withOption("a", "9");
        assertThat(more.options()).isEqualTo(Map.of("a", "9", "b", "2"));
        assertThat(settings.options()).isEqualTo(Map.of("a", "1"));
    }

    @Test
    void propertiesChooseThePluginItsOptionsAndThePolicy() {
        Properties p = new Properties();
        p.setProperty("serializer", " json ");
        p.setProperty("serializer.registration_required", "false");
        p.setProperty("serializer.indent", "2");
        p.setProperty("undecodable_events", "skip");
        SerializationSettings s = SettingsParser.fromProperties(p).serialization();
        assertThat(s.serializerName()).isEqualTo("json");
        assertThat(s.options()).isEqualTo(Map.of("registration_required", "false", "indent", "2"));
        assertThat(s.undecodable()).isEqualTo(UndecodableEvents.SKIP);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"fail|FAIL", "FAIL|FAIL", "deliver_raw|DELIVER_RAW", "' Skip '|SKIP"})
    void thePolicyIsReadInAnyCase(String value, UndecodableEvents expected) {
        Properties p = new Properties();
        p.setProperty("undecodable_events", value);
        assertThat(SettingsParser.fromProperties(p).serialization().undecodable()).isEqualTo(expected);
    }

    @Test
    void badSerializationPropertiesAreRefusedSayingWhatIsAllowed() {
        Properties policy = new Properties();
        policy.setProperty("undecodable_events", "ignore");
        assertThatThrownBy(() -> SettingsParser.fromProperties(policy)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("undecodable_events must be fail, deliver_raw or skip, was 'ignore'");
        Properties noOption = new Properties();
        noOption.setProperty("serializer.", "x");
        assertThatThrownBy(() -> SettingsParser.fromProperties(noOption)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'serializer.'").hasMessageContaining("serializer.<option>");
        Properties blank = new Properties();
        blank.setProperty("serializer", " ");
        assertThatThrownBy(() -> SettingsParser.fromProperties(blank)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serializer name must not be blank");
    }

    @Test
    void aUriTakesTheSameKeysInCamelCase() {
        SerializationSettings s = SettingsParser.fromUri("tcp://127.0.0.1:1113?serializer=kryo"
                + "&serializer.registrationRequired=false&undecodableEvents=deliver_raw").serialization();
        assertThat(s.serializerName()).isEqualTo("kryo");
        assertThat(s.options()).isEqualTo(Map.of("registration_required", "false"));
        assertThat(s.undecodable()).isEqualTo(UndecodableEvents.DELIVER_RAW);
    }

    @Test
    void theBuilderShortcutsEditTheSerializationSettings() {
        ExtremeSettings named = ExtremeSettings.builder().serializerOption("registration_required", "false")
                .serializer("kryo").undecodableEvents(UndecodableEvents.DELIVER_RAW).build();
        assertThat(named.serialization()).isEqualTo(DEFAULTS.withOption("registration_required", "false")
                .withSerializer("kryo").withUndecodable(UndecodableEvents.DELIVER_RAW));

        ExtremeSettings given = named.toBuilder().serializer(GIVEN).build();
        assertThat(given.serialization().serializer()).isSameAs(GIVEN);
        assertThat(given.serialization().undecodable()).as("kept by toBuilder").isEqualTo(UndecodableEvents.DELIVER_RAW);

        SerializationSettings whole = DEFAULTS.withMetadataType(Map.class);
        assertThat(ExtremeSettings.builder().serialization(whole).build().serialization()).isSameAs(whole);
        assertThatThrownBy(() -> ExtremeSettings.builder().serialization(null)).hasMessageContaining("serialization");
    }
}
