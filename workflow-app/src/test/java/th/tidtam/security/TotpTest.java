package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** RFC 6238 (appendix B, SHA-1) and RFC 4648 test vectors, the window of one step either side; plain JUnit. */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesAreThoseOfRfc6238AppendixBCutToSixDigits() {
        // the RFC prints 8 digits; authenticator apps show the last 6 of the same truncated value
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111111))).isEqualTo("050471");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(20000000000L))).isEqualTo("353130");
    }

    @Test
    void aCodeIsAcceptedForItsStepAndOneStepEitherSideButNotTwo() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step), now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 2), now)).isEmpty();
    }

    @Test
    void anythingButSixDigitsIsNoCode() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_SECRET, "94287082", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "28708x", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
    }

    @Test
    void theSecretIsWrittenInBase32AsAuthenticatorAppsTakeIt() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    @Test
    void aSealedSecretOpensWithTheSameKeyOnlyAndNeverReadsAsItself() {
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        SecretBox box = new SecretBox(key, "unused");
        String sealed = box.seal(RFC_SECRET);
        assertThat(sealed).doesNotContain("1234567890").isNotEqualTo(box.seal(RFC_SECRET));
        assertThat(box.open(sealed)).isEqualTo(RFC_SECRET);
        byte[] other = new byte[32];
        other[0] = 1;
        SecretBox wrongKey = new SecretBox(java.util.Base64.getEncoder().encodeToString(other), "unused");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wrongKey.open(sealed))
                .isInstanceOf(IllegalStateException.class);
    }
}
