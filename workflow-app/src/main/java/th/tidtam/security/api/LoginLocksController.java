package th.tidtam.security.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.security.ScopedLoginLocks;
import th.tidtam.security.Roles;

/**
 * The administrator sees which usernames are locked after failed logins and unlocks one before its time is up; a
 * province's administrator those of their province's people ({@link ScopedLoginLocks}).
 */
@RestController
@RequestMapping("/api/admin/login-locks")
@RolesAllowed({ Roles.ADMIN, Roles.PROVINCE_ADMIN })
class LoginLocksController {

    record LockView(String username, Instant lockedAt, Instant lockedUntil) {
    }

    private final ScopedLoginLocks attempts;

    LoginLocksController(ScopedLoginLocks attempts) {
        this.attempts = attempts;
    }

    @GetMapping
    List<LockView> locks() {
        return attempts.currentLocks().stream().map(l -> new LockView(l.username(), l.lockedAt(), l.lockedUntil())).toList();
    }

    /**
     * Unlocks and clears the count; answers 204 whether or not the name was locked (or, for the installation's
     * administrator, exists), 404 to a province's administrator for a name that is not one of their province's people.
     */
    @DeleteMapping("/{username}")
    ResponseEntity<Void> unlock(@PathVariable String username) {
        if (!attempts.unlock(username)) {
            throw new ApiProblems.NotFound("login-locks.not-found");
        }
        return ResponseEntity.noContent().build();
    }
}
