package th.tidtam.org.service;

import th.tidtam.org.UnitKind;

/** A unit of the chain of command as other modules see it: no entity, no lazy parent, just the parent's id. */
public record UnitSummary(Long id, String code, String nameTh, String nameEn, UnitKind kind, Long parentId,
        Long provinceId) {

    public String name(boolean thai) {
        return thai ? nameTh : nameEn;
    }
}
