package th.tidtam.org.service;

import th.tidtam.org.SecrecyClass;
import th.tidtam.org.PositionRole;

public record PositionForm(String code, String titleTh, String titleEn, Long unitId, Long reportsToId,
        boolean unitHead, PositionRole role, SecrecyClass clearance) {
}
