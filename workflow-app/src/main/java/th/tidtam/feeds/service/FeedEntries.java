package th.tidtam.feeds.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ApplicationZone;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.CaseTypes;
import th.tidtam.casework.Urgency;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.process.WorkItem;

/**
 * What one task's due date and one meeting look like in a calendar, in the person's language. Work of a classified
 * case (ลับ or above, by the task's own secrecy or its case type) shows only "classified work" and the link: a
 * calendar leaves the office's systems (a phone, Google's servers). Work due at the end of a working day, at midnight or
 * at the day's last minute is an all-day entry on that day; work due at another time of day is a half-hour entry
 * ending then.
 */
@Component
class FeedEntries {

    /** One entry of the feed; {@code day} set for an all-day entry, else {@code start} and {@code end}. */
    record Entry(String uid, String summary, String description, String location, String url, LocalDate day,
            ZonedDateTime start, ZonedDateTime end, boolean busy) {
    }

    private static final Set<String> UNCLASSIFIED = Set.of("NONE", "NORMAL", "");
    private static final Set<LocalTime> END_OF_DAY = Set.of(LocalTime.MIDNIGHT, WorkingCalendar.END_OF_WORK,
            LocalTime.of(23, 59), LocalTime.of(23, 59, 59));

    private final Translations translations;
    private final CaseTypes caseTypes;

    FeedEntries(Translations translations, CaseTypes caseTypes) {
        this.translations = translations;
        this.caseTypes = caseTypes;
    }

    Entry task(WorkItem item, boolean classified, Locale locale, String baseUrl, String host) {
        ZonedDateTime due = item.dueAt().atZone(ApplicationZone.ID);
        String url = baseUrl + "/work/" + item.taskId();
        String uid = "task-" + item.taskId() + "@" + host;
        String dueText = ThaiDates.formatDateTime(due.toLocalDateTime(), locale);
        if (classified) {
            String summary = translations.getTranslation("feeds.ics.classified-work", locale);
            String description = translations.getTranslation("feeds.ics.classified-description", locale, dueText, url);
            return at(uid, summary, description, url, due);
        }
        List<String> title = new ArrayList<>();
        if (item.caseNumber() != null && !item.caseNumber().isBlank()) {
            title.add(item.caseNumber());
        }
        title.add(item.subject() != null && !item.subject().isBlank() ? item.subject() : String.valueOf(item.name()));
        Urgency urgency = item.urgency() == null ? Urgency.NORMAL : item.urgency();
        String description = translations.getTranslation("feeds.ics.task-description", locale, String.valueOf(item.name()),
                dueText, translations.getTranslation("directive.urgency." + urgency.name(), locale), url);
        return at(uid, String.join(" ", title), description, url, due);
    }

    Entry meeting(MeetingSummary m, Locale locale, String baseUrl, String host) {
        boolean thai = Translations.isThai(locale);
        String url = baseUrl + "/meetings/" + m.id();
        String summary = translations.getTranslation("feeds.ics.meeting-summary", locale, m.bodyName(thai), m.number());
        String description = translations.getTranslation("feeds.ics.meeting-description", locale, m.bodyName(thai),
                m.number(), ThaiDates.formatDateTime(m.startsAt(), locale), url);
        LocalDateTime end = m.endsAt() != null && m.endsAt().isAfter(m.startsAt()) ? m.endsAt() : m.startsAt().plusHours(1);
        return new Entry("meeting-" + m.id() + "@" + host, summary, description, m.room(), url, null,
                m.startsAt().atZone(ApplicationZone.ID), end.atZone(ApplicationZone.ID), true);
    }

    /** Classified by the task's own secrecy or by its case (asked once per case of the given memo). */
    boolean classified(WorkItem item, Map<String, Boolean> memo) {
        if (item.secrecy() != null && !UNCLASSIFIED.contains(item.secrecy().trim().toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (item.caseType() == null || item.caseId() == null) {
            return false;
        }
        return memo.computeIfAbsent(item.caseType() + ":" + item.caseId(),
                k -> caseTypes.of(item.caseType()).map(t -> t.classified(item.caseId())).orElse(false));
    }

    private static Entry at(String uid, String summary, String description, String url, ZonedDateTime due) {
        if (END_OF_DAY.contains(due.toLocalTime().withNano(0))) {
            // the day My work shows as the due date
            return new Entry(uid, summary, description, null, url, due.toLocalDate(), null, null, false);
        }
        return new Entry(uid, summary, description, null, url, null, due.minusMinutes(30), due, false);
    }
}
