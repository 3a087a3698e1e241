package th.tidtam.partners;

/**
 * The tiers of local government (องค์กรปกครองส่วนท้องถิ่น) in a province: the provincial administrative organisation
 * (อบจ.), city, town and subdistrict municipalities (เทศบาลนคร / เมือง / ตำบล) and subdistrict administrative
 * organisations (อบต.).
 */
public enum LocalGovernmentKind {
    PAO, CITY_MUNICIPALITY, TOWN_MUNICIPALITY, SUBDISTRICT_MUNICIPALITY, SAO
}
