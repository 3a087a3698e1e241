package th.tidtam.work;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.CurrentUser;

/** The positions the current user fills today, by code: a task's candidate group is one of them. */
@Component
public class MyPositions {

    private final OrgDirectory org;
    private final CurrentUser currentUser;

    MyPositions(OrgDirectory org, CurrentUser currentUser) {
        this.org = org;
        this.currentUser = currentUser;
    }

    public Map<String, CurrentPosition> byCode() {
        Map<String, CurrentPosition> positions = new LinkedHashMap<>();
        currentUser.get().ifPresent(u -> org.positionsFilled(u.personId()).forEach(p -> positions.put(p.code(), p)));
        return positions;
    }
}
