package th.tidtam.org.service;

import th.tidtam.org.UnitKind;

/** One unit of the tree as other modules read it: its place (parent), names, kind and sort order. */
public record UnitNode(long id, Long parentId, String code, String nameTh, String nameEn, UnitKind kind, int sortOrder) {

    public String name(boolean thai) {
        return thai ? nameTh : nameEn;
    }
}
