package th.tidtam.directive.service;

import java.util.Map;

/** A SQL condition on {@code d} that holds for the visible directives, and its named parameters, for this module's own aggregating queries. */
record VisibleDirectives(String sql, Map<String, Object> parameters) {

    public VisibleDirectives {
        parameters = Map.copyOf(parameters);
    }
}
