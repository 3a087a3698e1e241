package th.tidtam.partners.service;

import th.tidtam.partners.PartnerKind;

/** A partner as other modules and lists see it. {@code nameEn} may be null: the English name is then the Thai one. */
public record PartnerSummary(long id, PartnerKind kind, String nameTh, String nameEn, String contactName,
        String contactTitle, String email, String phone, boolean active) {

    public String name(boolean thai) {
        return thai || nameEn == null || nameEn.isBlank() ? nameTh : nameEn;
    }
}
