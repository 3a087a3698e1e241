package th.tidtam.directive.domain;

public enum PartStatus {
    ASSIGNED, ACKNOWLEDGED, FINAL_SUBMITTED, DONE
}
