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

    /** Whether a record of this province (null: installation-wide) lies within the reach. */
    public boolean includes(Long recordProvinceId) {
        return everything || Objects.equals(provinceId, recordProvinceId);
    }
}
