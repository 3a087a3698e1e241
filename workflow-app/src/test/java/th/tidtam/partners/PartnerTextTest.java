package th.tidtam.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import th.tidtam.base.RuleViolation;
import th.tidtam.partners.service.PartnerText;

/** Thai phone numbers and e-mail addresses are accepted in the shapes people write them and stored in one shape. */
class PartnerTextTest {

    @Test
    void thaiPhoneNumbersInTheirUsualShapesAreStoredAlike() {
        assertThat(PartnerText.phone("038511005")).isEqualTo("038-511-005");
        assertThat(PartnerText.phone("038 511 005")).isEqualTo("038-511-005");
        assertThat(PartnerText.phone("๐๓๘-๕๑๑-๐๐๕")).isEqualTo("038-511-005");
        assertThat(PartnerText.phone("02-123-4567 ต่อ 12")).isEqualTo("02-123-4567 ต่อ 12");
        assertThat(PartnerText.phone("021234567ext.12")).isEqualTo("02-123-4567 ต่อ 12");
        assertThat(PartnerText.phone("0812345678")).isEqualTo("081-234-5678");
        assertThat(PartnerText.phone("+66 81 234 5678")).isEqualTo("081-234-5678");
        assertThat(PartnerText.phone("1129")).isEqualTo("1129");
    }

    @Test
    void whatIsNoThaiPhoneNumberIsRefused() {
        for (String bad : new String[] { "12345", "0112345678", "08123456789", "abc", "081-234-567a", "+1 202 555 0100",
                "038-511-005 ต่อ 1234567", "0812345678; drop table partner", "081\u0000234\u00005678" }) {
            assertThatThrownBy(() -> PartnerText.phone(bad)).as(bad).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("partners.error.phone-format");
        }
    }

    @Test
    void emailAddressesAreCheckedAndTheirDomainLowerCased() {
        assertThat(PartnerText.email(" Saraban@Chachoengsao.Example.GO.TH ")).isEqualTo("Saraban@chachoengsao.example.go.th");
        for (String bad : new String[] { "saraban", "saraban@", "@example.com", "a@b", "a..b@example.com",
                "a b@example.com", "ก@example.com", "a@example.com<script>", "x".repeat(65) + "@example.com" }) {
            assertThatThrownBy(() -> PartnerText.email(bad)).as(bad).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("partners.error.email-format");
        }
    }

    @Test
    void namesDifferingOnlyInLetterCaseSpacesOrThaiDigitsFoldAlike() {
        assertThat(PartnerText.fold("  เทศบาลตำบล  บางปะกง ๒ ")).isEqualTo(PartnerText.fold("เทศบาลตำบล บางปะกง 2"));
        assertThat(PartnerText.fold("PEA Chachoengsao")).isEqualTo(PartnerText.fold("pea  chachoengsao"));
    }
}
