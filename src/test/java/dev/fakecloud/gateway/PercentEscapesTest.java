package dev.fakecloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentEscapesTest {

    @Test
    void findsAPercentSignThatStartsNoEscape() {
        assertThat(PercentEscapes.hasStray("/functions?Marker=%zz")).isTrue();
        assertThat(PercentEscapes.hasStray("/functions/%")).isTrue();
        assertThat(PercentEscapes.hasStray("/functions/%2")).isTrue();
        assertThat(PercentEscapes.hasStray("/a%2Fb?x=%41%c3%A9")).isFalse();
        assertThat(PercentEscapes.hasStray("/plain")).isFalse();
    }

    @Test
    void escapesOnlyTheStrayOnesSoThatTheyDecodeToThemselves() {
        String escaped = PercentEscapes.escapeStray("/f/a%zz%41?Q=%&R=%2");
        assertThat(escaped).isEqualTo("/f/a%25zz%41?Q=%25&R=%252");
        assertThat(PercentEscapes.hasStray(escaped)).isFalse();
        assertThat(AwsRequest.decode("a%25zz%41")).isEqualTo(AwsRequest.decode("a%zz") + "A");
    }
}
