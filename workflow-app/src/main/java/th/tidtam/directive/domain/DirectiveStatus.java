package th.tidtam.directive.domain;

public enum DirectiveStatus {
    SCREENING, RETURNED_TO_GOVERNOR, IN_PROGRESS, CLOSURE_PROPOSED, CLOSED, SUPERSEDED;

    public boolean open() {
        return this != CLOSED && this != SUPERSEDED;
    }
}
