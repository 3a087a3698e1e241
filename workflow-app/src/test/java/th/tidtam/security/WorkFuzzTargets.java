package th.tidtam.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.tidtam.security.HostileInputFuzzTest.Target;

/**
 * The bulk decisions and the directives list's search for the fuzzer (issue 15): a bulk acknowledgement of a task
 * that is nobody's (every accepted variation answers "refused" per task and changes nothing), and the list with every
 * search parameter.
 */
final class WorkFuzzTargets {

    /** The tables a bulk decision would change: the open tasks and the cases' timelines. */
    static final List<String> TABLES = List.of("work_item", "case_event");

    Map<String, Target> targets() {
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("POST /api/tasks/bulk", new Target("staff", "/api/tasks/bulk",
                "{\"taskIds\":[\"no-such-task-fuzz\"],\"body\":{\"outcome\":\"ACKNOWLEDGE\"}}"));
        t.put("GET /api/directives", new Target("governor", "/api/directives?offset=0&limit=5&q=x&status=IN_PROGRESS"
                + "&urgency=NORMAL&unitId=1&meeting=1/2569&overdue=false&sort=DUE&desc=true", null));
        return t;
    }
}
