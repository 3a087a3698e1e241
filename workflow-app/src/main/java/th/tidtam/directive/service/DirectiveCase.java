package th.tidtam.directive.service;

import th.tidtam.casework.CaseRef;
import th.tidtam.casework.numbering.NumberSeries;

/** The directive as a case type of the casework core. */
public final class DirectiveCase {

    /** The case type's key in the core's tables (timeline, attachments, alerts, work items, number series). */
    public static final String TYPE = "DIRECTIVE";

    /** Directives are numbered {@code N/BE-year}: one series, restarting each Buddhist-era year. */
    public static final NumberSeries.Series NUMBERS = new NumberSeries.Series(TYPE, NumberSeries.Restart.BUDDHIST_YEAR);

    private DirectiveCase() {
    }

    public static CaseRef of(long directiveId) {
        return CaseRef.of(TYPE, directiveId);
    }
}
