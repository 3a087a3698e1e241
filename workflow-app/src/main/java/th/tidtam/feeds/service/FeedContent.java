package th.tidtam.feeds.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ApplicationZone;
import th.tidtam.feeds.service.FeedEntries.Entry;
import th.tidtam.meeting.service.MeetingCalendar;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.process.InboxFilter;
import th.tidtam.process.WorkInbox;
import th.tidtam.process.WorkItem;

/**
 * What a person's feed holds, read afresh at every request: across every position they hold or act in today (as
 * My work shows it, not positions merely delegated to them), the due dates of their open work and the meetings of
 * the bodies those positions sit in, in the person's own language.
 */
@Component
class FeedContent {

    private static final int PAGE = 200;

    private final OrgDirectory org;
    private final WorkInbox inbox;
    private final MeetingCalendar meetings;
    private final FeedEntries entries;
    private final Translations translations;
    private final FeedProperties properties;
    private final Clock clock;

    FeedContent(OrgDirectory org, WorkInbox inbox, MeetingCalendar meetings, FeedEntries entries, Translations translations,
            FeedProperties properties, Clock clock) {
        this.org = org;
        this.inbox = inbox;
        this.meetings = meetings;
        this.entries = entries;
        this.translations = translations;
        this.properties = properties;
        this.clock = clock;
    }

    String calendarOf(PersonSummary person, String baseUrl, String host) {
        Locale locale = "en".equalsIgnoreCase(person.preferredLocale()) ? Translations.ENGLISH : Translations.THAI;
        List<CurrentPosition> positions = org.positionsFilled(person.id());
        List<Entry> events = new ArrayList<>();
        Map<String, Boolean> classifiedCases = new HashMap<>();
        for (WorkItem item : dueWork(positions.stream().map(CurrentPosition::code).distinct().toList())) {
            events.add(entries.task(item, entries.classified(item, classifiedCases), locale, baseUrl, host));
        }
        LocalDate today = LocalDate.now(clock.withZone(ApplicationZone.ID));
        meetings.ofPositions(positions.stream().map(CurrentPosition::positionId).distinct().toList(),
                today.atStartOfDay().minus(properties.meetingsBack()), today.atStartOfDay().plus(properties.meetingsAhead()))
                .forEach(m -> events.add(entries.meeting(m, locale, baseUrl, host)));
        String name = translations.getTranslation("feeds.ics.calendar-name", locale, person.fullName(locale == Translations.THAI));
        return FeedDocument.render(name, events, clock.instant());
    }

    /** The positions' open work that has a due date, at most maxTasks of it (the inbox's order: most urgent first). */
    private List<WorkItem> dueWork(List<String> codes) {
        List<WorkItem> due = new ArrayList<>();
        int total = Math.min(inbox.count(codes, InboxFilter.none()), Math.max(0, properties.maxTasks()) * 2);
        for (int offset = 0; offset < total && due.size() < properties.maxTasks(); offset += PAGE) {
            for (WorkItem item : inbox.forPositions(codes, InboxFilter.none(), offset, PAGE)) {
                if (item.dueAt() != null && due.size() < properties.maxTasks()) {
                    due.add(item);
                }
            }
        }
        return due;
    }
}
