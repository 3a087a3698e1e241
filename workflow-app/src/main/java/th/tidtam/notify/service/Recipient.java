package th.tidtam.notify.service;

import java.util.Locale;
import java.util.Map;

import th.tidtam.notify.Channel;
import th.tidtam.notify.NotificationKind;
import th.tidtam.notify.domain.Policy;

/** A person who may be mailed: their address as registered, language, and channel per kind within the policy. */
public record Recipient(long personId, String username, String name, String address, Locale locale,
        Map<NotificationKind, Channel> chosen, Map<NotificationKind, Policy> policies) {

    public Channel channel(NotificationKind kind) {
        return policies.get(kind).effective(chosen.get(kind));
    }

    public String localeTag() {
        return locale.getLanguage();
    }
}
