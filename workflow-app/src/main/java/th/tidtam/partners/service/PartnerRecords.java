package th.tidtam.partners.service;

import th.tidtam.partners.domain.Partner;

/** Entity to record, in one place. */
final class PartnerRecords {

    private PartnerRecords() {
    }

    static PartnerSummary summary(Partner p) {
        return new PartnerSummary(p.getId(), p.getKind(), p.getNameTh(), p.getNameEn(), p.getContactName(),
                p.getContactTitle(), p.getEmail(), p.getPhone(), p.isActive());
    }

    static PartnerDetails details(Partner p) {
        return new PartnerDetails(p.getId(), p.getKind(), p.getLocalKind(), p.getNameTh(), p.getNameEn(),
                p.getContactName(), p.getContactTitle(), p.getEmail(), p.getPhone(), p.getAddress(),
                p.getDistrictUnitId(), p.isActive(), p.getVersion());
    }
}
