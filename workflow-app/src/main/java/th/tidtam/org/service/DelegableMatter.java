package th.tidtam.org.service;

/**
 * A kind of matter a delegation (ปฏิบัติราชการแทน) can cover, as the annex of a delegation order lists them — e.g.
 * approving projects and budget disbursement. The kinds are data ({@code delegable_matter}), worded by each province.
 */
public record DelegableMatter(String code, String nameTh, String nameEn) {

    public String name(boolean thai) {
        return thai ? nameTh : nameEn;
    }
}
