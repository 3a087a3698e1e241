package th.tidtam.org.service;

import java.util.List;

import th.tidtam.org.SecrecyClass;
import th.tidtam.org.PositionRole;

/** A position with its unit and whoever fills it today. */
public record PositionSummary(Long id, String code, String titleTh, String titleEn, Long unitId, String unitNameTh,
        String unitNameEn, boolean unitHead, PositionRole role, SecrecyClass clearance, Long reportsToId,
        List<Actor> actors, Long provinceId) {

    public String title(boolean thai) {
        return thai ? titleTh : titleEn;
    }

    public String unitName(boolean thai) {
        return thai ? unitNameTh : unitNameEn;
    }

    public boolean vacant() {
        return actors.stream().noneMatch(a -> a.kind().fillsPosition());
    }
}
