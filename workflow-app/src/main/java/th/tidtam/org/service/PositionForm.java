package th.tidtam.org.service;

import th.tidtam.org.domain.Clearance;
import th.tidtam.org.domain.PositionRole;

public record PositionForm(String code, String titleTh, String titleEn, Long unitId, Long reportsToId,
        boolean unitHead, PositionRole role, Clearance clearance) {
}
