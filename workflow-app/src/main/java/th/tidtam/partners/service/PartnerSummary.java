package th.tidtam.partners.service;

import th.tidtam.partners.PartnerKind;

public record PartnerSummary(long id, PartnerKind kind, String nameTh, String nameEn, String contactName,
        String contactTitle, String email, String phone, boolean active) {
    public String name(boolean thai) { return thai || nameEn == null ? nameTh : nameEn; }
}
