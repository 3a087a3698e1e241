package th.tidtam.org.service;

import java.util.Objects;

/**
 * How much of the chain of command a caller may see and change: everything (the installation's administrator, and
 * work no user started: start-up, the demo loader, jobs), or one province's part ({@code provinceId}; null for a
 * person in no province, the Ministry's desk, who reaches only the installation-wide units). A record outside the
 * reach does not exist for the caller: the services answer "not found", never "forbidden".
 */
public record OrgReach(boolean everything, Long provinceId) {

    public static final OrgReach EVERYTHING = new OrgReach(true, null);

    public static OrgReach province(Long provinceId) {
        return new OrgReach(false, provinceId);
    }

    /**
     * Whether a record of this province (null: installation-wide) lies within the reach: what the caller may manage
     * (the org screens, the org API, holidays). A province's administrator manages nothing installation-wide.
     */
    public boolean includes(Long recordProvinceId) {
        return everything || Objects.equals(provinceId, recordProvinceId);
    }

    /**
     * Whether the caller may see a record of this province: their own province's and the installation-wide ones (the
     * Ministry's units, units made for no province), never another province's. For reading lists, pickers, the chart.
     */
    public boolean sees(Long recordProvinceId) {
        return recordProvinceId == null || includes(recordProvinceId);
    }
}
