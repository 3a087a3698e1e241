package th.tidtam.partners.service;

import th.tidtam.partners.LocalGovernmentKind;
import th.tidtam.partners.PartnerKind;

/**
 * What an administrator enters for a partner. {@code localKind} is required for a local government and refused for
 * any other kind; {@code districtUnitId} is a district (อำเภอ) of the chain of command, or null.
 */
public record PartnerForm(PartnerKind kind, LocalGovernmentKind localKind, String nameTh, String nameEn,
        String contactName, String contactTitle, String email, String phone, String address, Long districtUnitId) {
}
