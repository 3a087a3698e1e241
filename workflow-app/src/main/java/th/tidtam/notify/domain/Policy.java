package th.tidtam.notify.domain;

import java.util.Set;

import th.tidtam.notify.Channel;
import th.tidtam.notify.NotificationKind;

/** What the administrator allows for one kind, and the channel of everyone who did not choose. */
public record Policy(NotificationKind kind, Set<Channel> allowed, Channel defaultChannel) {

    public Policy {
        allowed = Set.copyOf(allowed);
    }

    public static Policy builtIn(NotificationKind kind) {
        return new Policy(kind, kind.builtInAllowed(), kind.builtInDefault());
    }

    /** The person's choice where the policy allows it, else the default. */
    public Channel effective(Channel chosen) {
        return chosen != null && allowed.contains(chosen) ? chosen : defaultChannel;
    }
}
