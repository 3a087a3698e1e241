package th.tidtam.notify.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.mail.internet.AddressException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.notify.Channel;
import th.tidtam.notify.NotificationKind;
import th.tidtam.notify.domain.NotificationSettings;
import th.tidtam.notify.domain.Policy;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.Roles;
import th.tidtam.security.TidtamUser;

/**
 * Each person's channel per kind, within what the administrator allows per kind (the policy). A choice the policy no
 * longer allows is kept but not used: the kind's default applies until the policy allows it again.
 */
@Service
public class NotificationPreferences {

    /** One kind as the person's screen shows it. */
    public record KindSetting(NotificationKind kind, Channel channel, Set<Channel> allowed, Channel defaultChannel) {
    }

    /** The person's address as registered (the administrator keeps it in the chain of command) and their channels. */
    public record MySettings(String email, boolean emailValid, String locale, boolean serverConfigured,
            List<KindSetting> kinds) {
    }

    private final NotificationSettings settings;
    private final CurrentUser currentUser;
    private final OrgDirectory org;
    private final MailTransport transport;
    private final Clock clock;

    NotificationPreferences(NotificationSettings settings, CurrentUser currentUser, OrgDirectory org,
            MailTransport transport, Clock clock) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.org = org;
        this.transport = transport;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MySettings mine() {
        TidtamUser me = currentUser.require();
        PersonSummary person = org.person(me.personId()).orElseThrow();
        Map<NotificationKind, Policy> policies = settings.policies();
        Map<NotificationKind, Channel> chosen = settings.preferencesOf(me.personId());
        List<KindSetting> kinds = new ArrayList<>();
        for (NotificationKind k : NotificationKind.values()) {
            Policy p = policies.get(k);
            kinds.add(new KindSetting(k, p.effective(chosen.get(k)), p.allowed(), p.defaultChannel()));
        }
        return new MySettings(person.email(), valid(person.email()), person.preferredLocale(), transport.configured(), kinds);
    }

    /** Sets the current person's channels for the kinds given; all or none (one refused choice changes nothing). */
    @Transactional
    public MySettings choose(Map<NotificationKind, Channel> choices) {
        if (choices == null || choices.isEmpty()) {
            throw new RuleViolation("notify.error.nothing-chosen");
        }
        Map<NotificationKind, Policy> policies = settings.policies();
        for (Map.Entry<NotificationKind, Channel> c : choices.entrySet()) {
            if (c.getKey() == null || c.getValue() == null) {
                throw new RuleViolation("notify.error.nothing-chosen");
            }
            if (!policies.get(c.getKey()).allowed().contains(c.getValue())) {
                throw new RuleViolation("notify.error.channel-not-allowed", c.getKey().labelKey(), c.getValue().labelKey());
            }
        }
        long me = currentUser.require().personId();
        choices.forEach((kind, channel) -> settings.savePreference(me, kind, channel, clock.instant()));
        return mine();
    }

    /** The policy of every kind. */
    @Transactional(readOnly = true)
    public Map<NotificationKind, Policy> policies() {
        return settings.policies();
    }

    /** Sets what people may choose for a kind and the channel of those who did not choose. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Policy setPolicy(NotificationKind kind, Set<Channel> allowed, Channel defaultChannel) {
        if (kind == null) {
            throw new RuleViolation("error.field-required", "notify.field.kind");
        }
        if (allowed == null || allowed.isEmpty() || allowed.contains(null)) {
            throw new RuleViolation("notify.error.policy-empty");
        }
        if (defaultChannel == null || !allowed.contains(defaultChannel)) {
            throw new RuleViolation("notify.error.policy-default");
        }
        Policy policy = new Policy(kind, EnumSet.copyOf(allowed), defaultChannel);
        settings.savePolicy(policy, currentUser.require().username(), clock.instant());
        return policy;
    }

    static boolean valid(String address) {
        try {
            OutboxSender.recipient(address);
            return true;
        } catch (AddressException e) {
            return false;
        }
    }
}
