package th.tidtam.partners;

/** What kind of organisation a partner is; local governments also have a {@link LocalGovernmentKind}. */
public enum PartnerKind {
    STATE_ENTERPRISE, LOCAL_GOVERNMENT, PRIVATE_COMPANY, ASSOCIATION, UNIVERSITY, FOUNDATION, OTHER
}
