package th.tidtam.org.service;

/** A province as other modules see it. {@code code} is its ISO 3166-2 code where known (TH-24) and its tenant id. */
public record ProvinceSummary(Long id, String code, String nameTh, String nameEn, Long rootUnitId) {

    public String name(boolean thai) {
        return thai ? nameTh : nameEn;
    }
}
