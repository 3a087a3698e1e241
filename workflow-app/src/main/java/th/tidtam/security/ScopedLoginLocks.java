package th.tidtam.security;

import java.util.List;

import org.springframework.stereotype.Component;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.OrgReach;
import th.tidtam.security.LoginAttempts.Lock;

/**
 * The login locks an administrator may see and lift: every lock for the installation's administrator, the locks of
 * their province's people for a province's administrator (a lock on anyone else's name, or on a name nobody has, is
 * not theirs to see).
 */
@Component
public class ScopedLoginLocks {

    private final LoginAttempts attempts;
    private final OrgDirectory directory;

    ScopedLoginLocks(LoginAttempts attempts, OrgDirectory directory) {
        this.attempts = attempts;
        this.directory = directory;
    }

    public List<Lock> currentLocks() {
        OrgReach reach = directory.callerReach();
        return attempts.currentLocks().stream().filter(l -> reaches(reach, l.username())).toList();
    }

    /** Lifts the lock; false (and nothing changed) when the name is not the caller's to unlock. */
    public boolean unlock(String username) {
        if (!reaches(directory.callerReach(), username)) {
            return false;
        }
        attempts.unlock(username);
        return true;
    }

    private boolean reaches(OrgReach reach, String username) {
        return reach.everything() || directory.person(LoginAttempts.normalize(username))
                .filter(p -> reach.includes(p.provinceId())).isPresent();
    }
}
