package th.tidtam.notify.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import th.tidtam.base.i18n.Translations;
import th.tidtam.notify.Channel;
import th.tidtam.notify.NotificationKind;
import th.tidtam.notify.domain.NotificationSettings;
import th.tidtam.notify.domain.Policy;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;

/**
 * Who hears of a position's news: everyone holding or acting in it today (never a delegate, whose power covers
 * signing, not the work), enabled, with an e-mail address on record.
 */
@Service
public class Recipients {

    private final OrgDirectory org;
    private final NotificationSettings settings;

    Recipients(OrgDirectory org, NotificationSettings settings) {
        this.org = org;
        this.settings = settings;
    }

    /** The people filling the positions today, each once. */
    public List<Recipient> ofPositions(Collection<Long> positionIds) {
        Set<Long> people = new LinkedHashSet<>();
        for (Long positionId : positionIds) {
            for (Actor a : org.actorsFor(positionId)) {
                if (a.kind().fillsPosition()) {
                    people.add(a.personId());
                }
            }
        }
        return of(people);
    }

    /** The people of the ids who can be mailed (enabled, with an address), with their choices. */
    public List<Recipient> of(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Map<NotificationKind, Policy> policies = settings.policies();
        Map<Long, Map<NotificationKind, Channel>> chosen = settings.preferencesOf(personIds);
        List<Recipient> result = new ArrayList<>();
        for (Long id : personIds) {
            org.person(id).filter(p -> p.enabled() && p.email() != null && !p.email().isBlank())
                    .ifPresent(p -> result.add(recipient(p, chosen.getOrDefault(id, Map.of()), policies)));
        }
        return result;
    }

    public Optional<Recipient> of(long personId) {
        return of(List.of(personId)).stream().findFirst();
    }

    static Recipient recipient(PersonSummary p, Map<NotificationKind, Channel> chosen, Map<NotificationKind, Policy> policies) {
        Locale locale = Translations.supported(p.preferredLocale() == null ? null : Locale.forLanguageTag(p.preferredLocale()));
        String name = Translations.isThai(locale) || p.fullNameEn() == null || p.fullNameEn().isBlank() ? p.fullNameTh()
                : p.fullNameEn();
        return new Recipient(p.id(), p.username(), name, p.email().trim(), locale, chosen, policies);
    }
}
