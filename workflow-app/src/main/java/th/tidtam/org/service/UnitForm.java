package th.tidtam.org.service;

import th.tidtam.org.UnitKind;

public record UnitForm(String code, String nameTh, String nameEn, UnitKind kind, Long parentId) {
}
