package th.tidtam.notify.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ApplicationZone;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.notify.Channel;
import th.tidtam.notify.NotificationKind;
import th.tidtam.notify.domain.DigestRuns;
import th.tidtam.notify.domain.NotificationEvent;
import th.tidtam.notify.domain.NotificationEvents;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.process.InboxFilter;
import th.tidtam.process.WorkInbox;
import th.tidtam.process.WorkItem;

/**
 * One digest per person per working day at {@code tidtam.mail.digest-time} (Bangkok), across every position they hold
 * or act in: new work since the previous working day's digest, work due within three working days, overdue work, and
 * escalations and other news. Kinds whose channel is NONE are left out (an immediate message is listed again: the
 * digest is the day's overview). Nothing to say: no message. One node composes a day (claimed run); the per-person
 * dedupe key {@code digest:<day>:person:<id>} keeps every person at one digest a day whatever happens.
 */
@Service
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    static final int DUE_SOON_WORKING_DAYS = 3;
    /** Open tasks read per person: enough for any inbox a person can work, bounded for one that grew wild. */
    private static final int WORK_LIMIT = 500;
    private static final Duration RUN_LEASE = Duration.ofMinutes(30);

    private final OrgDirectory org;
    private final WorkInbox inbox;
    private final NotificationEvents events;
    private final Recipients recipients;
    private final CaseLines cases;
    private final MessageTexts texts;
    private final OutboxWriter writer;
    private final DigestRuns runs;
    private final WorkingCalendar calendar;
    private final MailSettings settings;
    private final OutboxSender sender;
    private final Clock clock;
    private volatile LocalDate lastDone;

    DailyDigest(OrgDirectory org, WorkInbox inbox, NotificationEvents events, Recipients recipients, CaseLines cases,
            MessageTexts texts, OutboxWriter writer, DigestRuns runs, WorkingCalendar calendar, MailSettings settings,
            OutboxSender sender, Clock clock) {
        this.org = org;
        this.inbox = inbox;
        this.events = events;
        this.recipients = recipients;
        this.cases = cases;
        this.texts = texts;
        this.writer = writer;
        this.runs = runs;
        this.calendar = calendar;
        this.settings = settings;
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tidtam.mail.digest-check:PT1M}", initialDelayString = "${tidtam.mail.digest-check:PT1M}")
    void tick() {
        try {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, ApplicationZone.ID);
            if (today.equals(lastDone) || !calendar.isWorkingDay(today) || now.isBefore(at(today))) {
                return;
            }
            run(today, settings.nodeId(), now);
        } catch (RuntimeException e) {
            log.warn("Daily digest round failed: {}", e.toString());
        }
    }

    /** Composes the day's digests on {@code node} unless another node has the day; answers the messages written. */
    public int run(LocalDate day, String node, Instant now) {
        if (!runs.claim(day, node, now, now.plus(RUN_LEASE))) {
            lastDone = runs.finished(day) ? day : lastDone;
            return 0;
        }
        int written = 0;
        for (PersonSummary p : org.allPeople()) {
            // a day off of the person's province (its own holiday) brings them no digest; the run itself goes on
            // every national working day, a province's holidays being fewer working days, never more
            if (!p.enabled() || p.email() == null || p.email().isBlank() || !calendar.ofCase(p.provinceId()).isWorkingDay(day)) {
                continue;
            }
            try {
                if (writeFor(p.id(), day, now)) {
                    written++;
                }
            } catch (RuntimeException e) {
                log.warn("No digest for person {}: {}", p.id(), e.toString());
            }
        }
        runs.finish(day, node, written, clock.instant());
        events.purgeBefore(now.minus(Duration.ofDays(60)));
        lastDone = day;
        log.info("Daily digest of {}: {} messages", day, written);
        sender.wake();
        return written;
    }

    /** Writes the person's digest of the day if there is something to say and none was written; true when written. */
    public boolean writeFor(long personId, LocalDate day, Instant now) {
        Optional<Recipient> r = recipients.of(personId);
        if (r.isEmpty()) {
            return false;
        }
        return compose(r.get(), day, now)
                .map(m -> writer.write(r.get(), "DIGEST", m, "digest:" + day + ":person:" + personId, null))
                .orElse(false);
    }

    /** The person's digest of the day as of {@code now}; empty when there is nothing to tell. */
    public Optional<MessageTexts.Composed> compose(Recipient r, LocalDate day, Instant now) {
        List<CurrentPosition> positions = org.positionsFilled(r.personId());
        if (positions.isEmpty()) {
            return Optional.empty();
        }
        Locale l = r.locale();
        // run by the scheduler with no user: the working days are those of the person's province
        WorkingCalendar calendar = this.calendar.ofCase(positions.get(0).provinceId());
        Instant to = at(day);
        Instant from = at(previousWorkingDay(calendar, day));
        List<WorkItem> work = inbox.forPositions(positions.stream().map(CurrentPosition::code).toList(), InboxFilter.none(),
                0, WORK_LIMIT);
        LocalDate soonLimit = calendar.addWorkingDays(day, DUE_SOON_WORKING_DAYS);

        Lines fresh = new Lines();
        Lines dueSoon = new Lines();
        Lines overdue = new Lines();
        boolean reminders = r.channel(NotificationKind.REMINDER) != Channel.NONE;
        Set<String> listedCases = new HashSet<>();
        for (WorkItem w : work) {
            CaseLine c = cases.ofTask(w);
            boolean isNew = w.createdAt() != null && !w.createdAt().isBefore(from) && w.createdAt().isBefore(to);
            if (isNew && r.channel(NotificationKind.ofWork(w.urgency())) != Channel.NONE) {
                fresh.add(texts.line(l, c, null));
            }
            if (reminders && w.dueAt() != null) {
                LocalDate due = CaseLines.day(w.dueAt());
                if (w.dueAt().isBefore(now)) {
                    overdue.add(texts.line(l, c, null));
                    listedCases.add(w.caseType() + ":" + w.caseId());
                } else if (!due.isAfter(soonLimit)) {
                    dueSoon.add(texts.line(l, c, null));
                    listedCases.add(w.caseType() + ":" + w.caseId());
                }
            }
        }
        Lines escalated = new Lines();
        Lines news = new Lines();
        Set<String> told = new HashSet<>();
        for (NotificationEvent e : events.of(positions.stream().map(CurrentPosition::positionId).toList(), from, to)) {
            String key = e.caseType() + ":" + e.caseId() + ":" + e.alertKind();
            if (r.channel(e.kind()) == Channel.NONE || !told.add(key)) {
                continue;
            }
            boolean escalation = e.alertKind().startsWith("ESCALATED");
            if (e.kind() == NotificationKind.REMINDER && listedCases.contains(e.caseType() + ":" + e.caseId())) {
                continue; // the due-soon or overdue line says it already
            }
            CaseLine c = cases.ofCase(e.caseType(), e.caseId());
            String line = texts.t(l, "notify.digest.event." + (escalation ? e.alertKind() : e.kind().name())) + ": "
                    + texts.line(l, c, e.detail());
            (escalation ? escalated : news).add(line);
        }
        if (fresh.total + dueSoon.total + overdue.total + escalated.total + news.total == 0) {
            return Optional.empty();
        }
        boolean thai = Translations.isThai(l);
        List<String> titles = positions.stream().map(p -> p.title(thai)).distinct().toList();
        List<MessageTexts.Section> sections = List.of(
                fresh.section("notify.digest.section.new"), overdue.section("notify.digest.section.overdue"),
                dueSoon.section("notify.digest.section.due-soon"), escalated.section("notify.digest.section.escalated"),
                news.section("notify.digest.section.news"));
        return Optional.of(texts.digest(r, day, titles, sections,
                new int[] { fresh.total, dueSoon.total, overdue.total, escalated.total }));
    }

    /** The digest time of the day, in Bangkok. */
    Instant at(LocalDate day) {
        return ZonedDateTime.of(day, settings.digestTime(), ApplicationZone.ID).toInstant();
    }

    LocalDate previousWorkingDay(LocalDate day) {
        return previousWorkingDay(calendar, day);
    }

    private static LocalDate previousWorkingDay(WorkingCalendar calendar, LocalDate day) {
        LocalDate d = day.minusDays(1);
        for (int i = 0; i < 60 && !calendar.isWorkingDay(d); i++) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static final class Lines {
        private final List<String> lines = new ArrayList<>();
        private int total;

        void add(String line) {
            total++;
            if (lines.size() < MessageTexts.SECTION_LIMIT) {
                lines.add(line);
            }
        }

        MessageTexts.Section section(String titleKey) {
            return new MessageTexts.Section(titleKey, lines, total);
        }
    }
}
