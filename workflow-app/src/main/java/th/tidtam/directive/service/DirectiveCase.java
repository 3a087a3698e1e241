package th.tidtam.directive.service;

import th.tidtam.casework.CaseRef;

/** The directive as a case type of the casework core. */
public final class DirectiveCase {

    /** The case type's key in the core's tables (timeline, attachments, alerts, work items, number series). */
    public static final String TYPE = "DIRECTIVE";

    private DirectiveCase() {
    }

    public static CaseRef of(long directiveId) {
        return CaseRef.of(TYPE, directiveId);
    }
}
