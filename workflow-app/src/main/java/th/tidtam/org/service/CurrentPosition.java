package th.tidtam.org.service;

import java.time.LocalDate;

import th.tidtam.org.AssignmentKind;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.PositionRole;

/** A position a person fills today, and in which capacity (holder, acting, delegated). */
public record CurrentPosition(Long positionId, String code, String titleTh, String titleEn, Long unitId,
        String unitNameTh, String unitNameEn, PositionRole role, boolean unitHead, SecrecyClass clearance,
        AssignmentKind capacity, LocalDate validTo, String orderNumber, String delegatedPowers,
        Long provinceId) {

    public String title(boolean thai) {
        return thai ? titleTh : titleEn;
    }

    public String unitName(boolean thai) {
        return thai ? unitNameTh : unitNameEn;
    }
}
