package th.tidtam.security;

import java.util.LinkedHashMap;
import java.util.Map;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.HostileInputFuzzTest.Target;
import th.tidtam.support.ApiClient;

/** The memo module's state-changing handlers for the fuzzer. */
final class MemoFuzzTargets {

    private final ApiClient api;
    private final OrgDirectory org;

    MemoFuzzTargets(ApiClient api, OrgDirectory org) {
        this.api = api;
        this.org = org;
    }

    Map<String, Target> targets() {
        Map<String, Target> t = new LinkedHashMap<>();
        return t;
    }
}
