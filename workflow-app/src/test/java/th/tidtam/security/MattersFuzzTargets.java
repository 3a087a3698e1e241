package th.tidtam.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.HostileInputFuzzTest.Target;
import th.tidtam.support.ApiClient;

/** The matters module's handlers for the fuzzer (unowned matters, issue 14). */
final class MattersFuzzTargets {

    /** The module's tables, whose row counts the fuzzer checks are unchanged by refused requests. */
    static final List<String> TABLES = List.of();

    private final ApiClient api;
    private final OrgDirectory org;

    MattersFuzzTargets(ApiClient api, OrgDirectory org) {
        this.api = api;
        this.org = org;
    }

    Map<String, Target> targets() {
        Map<String, Target> t = new LinkedHashMap<>();
        return t;
    }
}
