package th.tidtam.org.service;

/** A province as other modules see it. {@code code} is its ISO 3166-2 code where known (TH-24) and its tenant id. */
public record ProvinceSummary(Long id, String code, String nameTh, String nameEn, Long rootUnitId) {

    public String name(boolean thai) {
        return thai ? nameTh : nameEn;
    }

    /** The Thai name as documents write it, "จังหวัด…": a province's name is its root unit's, which may be bare. */
    public String formalNameTh() {
        return formalNameTh(nameTh);
    }

    /** "จังหวัดฉะเชิงเทรา" for "ฉะเชิงเทรา" or "จังหวัดฉะเชิงเทรา"; "จังหวัด" for none. */
    public static String formalNameTh(String nameTh) {
        String name = nameTh == null ? "" : nameTh.strip();
        return name.startsWith("จังหวัด") ? name : "จังหวัด" + name;
    }
}
