package th.tidtam.casework;

/**
 * A case type registers itself with the core as a Spring bean: its key in the core's tables, where the screens show
 * one of its cases, and the name under which API clients have known a case's id. The core and "My work" use it to link
 * to a case without knowing the feature.
 */
public interface CaseType {

    /** The key in the core's tables, e.g. {@code DIRECTIVE}; at most {@link CaseRef#MAX_TYPE} characters. */
    String key();

    /** The route of the screen that shows one case, relative to the application root, e.g. {@code directives/12}. */
    String route(long caseId);

    /**
     * The JSON field that carries the case's id in this type's own API (e.g. {@code directiveId}); the core's JSON
     * (alerts, tasks) repeats the id under it next to {@code caseId}, so clients of that API keep working.
     */
    String idField();

    /**
     * Whether the case is classified (ลับ or above). Whatever leaves the application about it (an e-mail, a calendar
     * feed) then carries no subject, only that a classified case needs attention.
     */
    default boolean classified(long caseId) {
        return false;
    }
}
