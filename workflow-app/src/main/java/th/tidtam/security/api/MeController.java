package th.tidtam.security.api;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.TidtamUser;

/** Who am I, in which positions and capacities today: the starting point of scripts and of the API. */
@RestController
@RequestMapping("/api/me")
class MeController {

    record Me(String username, String fullNameTh, String fullNameEn, List<String> roles, List<CurrentPosition> positions) {
    }

    private final CurrentUser currentUser;
    private final OrgDirectory directory;

    MeController(CurrentUser currentUser, OrgDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    @GetMapping
    Me me() {
        TidtamUser user = currentUser.require();
        return new Me(user.username(), user.fullNameTh(), user.fullNameEn(),
                user.authorities().stream().map(GrantedAuthority::getAuthority).map(a -> a.replaceFirst("^ROLE_", "")).toList(),
                directory.currentPositions(user.personId()));
    }
}
