package th.tidtam.partners.service;

import th.tidtam.partners.LocalGovernmentKind;
import th.tidtam.partners.PartnerKind;

/** A partner with everything the register keeps, for its own screen and API; {@code version} guards an edit. */
public record PartnerDetails(long id, PartnerKind kind, LocalGovernmentKind localKind, String nameTh, String nameEn,
        String contactName, String contactTitle, String email, String phone, String address, Long districtUnitId,
        boolean active, long version) {

    public PartnerSummary summary() {
        return new PartnerSummary(id, kind, nameTh, nameEn, contactName, contactTitle, email, phone, active);
    }
}
