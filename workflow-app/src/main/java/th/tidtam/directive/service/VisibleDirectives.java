package th.tidtam.directive.service;

import java.util.Map;

/** A SQL sub-select of visible directive ids and its named parameters, for this module's own aggregating queries. */
record VisibleDirectives(String sql, Map<String, Object> parameters) {

    public VisibleDirectives {
        parameters = Map.copyOf(parameters);
    }
}
