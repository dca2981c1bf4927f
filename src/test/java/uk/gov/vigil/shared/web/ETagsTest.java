package uk.gov.vigil.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ETagsTest {

    @Test
    void theTagIsTheQuotedVersion() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        assertThat(ETags.versionFromIfMatch("\"7\"")).isEqualTo(7);
        assertThat(ETags.versionFromIfMatch(" \"12\" ")).isEqualTo(12);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"*", "W/\"7\"", "7", "\"7\", \"8\"", "\"seven\""})
    void anythingButOneStrongTagIsRefused(String header) {
        assertThatThrownBy(() -> ETags.versionFromIfMatch(header)).isInstanceOf(PreconditionRequiredException.class);
    }
}
