package th.tidtam.report.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.time.ThaiDigits;
import th.tidtam.directive.service.FollowUpSource.DirectiveLine;
import th.tidtam.directive.service.FollowUpSource.PartLine;

/**
 * The wording shared by the PDF and the spreadsheet, so both say the same thing. Official documents are Thai
 * whatever the reader's screen language; Thai digits are applied to everything written when asked for.
 */
final class ReportText {

    private static final Locale THAI = Translations.THAI;

    private final Translations translations;
    private final boolean thaiDigits;
    private final ZoneId zone;

    /** @param zone where instants are dated: the application clock's */
    ReportText(Translations translations, boolean thaiDigits, ZoneId zone) {
        this.translations = translations;
        this.thaiDigits = thaiDigits;
        this.zone = zone;
    }

    String t(String key, Object... args) {
        return digits(translations.getTranslation(key, THAI, args));
    }

    String digits(String text) {
        return text == null ? "" : thaiDigits ? ThaiDigits.toThai(text) : text;
    }

    String number(long n) {
        return digits(Long.toString(n));
    }

    String date(LocalDate day) {
        return digits(ThaiDates.formatLong(day, THAI));
    }

    String shortDate(LocalDate day) {
        return digits(ThaiDates.formatMedium(day, THAI));
    }

    String shortDate(Instant at) {
        return at == null ? "" : shortDate(at.atZone(zone).toLocalDate());
    }

    String subject(FollowUpReport report) {
        if (report.meeting() != null) {
            return t("report.subject.meeting", report.meeting());
        }
        return t("report.subject.period");
    }

    /** "ตั้งแต่วันที่ … ถึงวันที่ …" or "ถึงวันที่ …" when the window is open-ended. */
    String window(FollowUpReport report) {
        if (report.windowFrom() == null) {
            return t("report.window.until", ThaiDates.formatLong(report.windowTo(), THAI));
        }
        return t("report.window.between", ThaiDates.formatLong(report.windowFrom(), THAI),
                ThaiDates.formatLong(report.windowTo(), THAI));
    }

    String scope(FollowUpReport report) {
        if (report.meeting() != null) {
            return report.previous() == null ? t("report.scope.meeting-first", report.meeting())
                    : t("report.scope.meeting", report.meeting(), report.previous().number());
        }
        if (report.previous() != null && report.windowFrom() != null
                && report.windowFrom().equals(report.previous().heldAt().atZone(zone).toLocalDate())
                && report.windowTo().equals(report.generatedOn())) {
            return t("report.scope.since-meeting", report.previous().number());
        }
        return t("report.scope.period");
    }

    String groupTitle(FollowUpReport.Group group) {
        if (group.meeting() != null) {
            return group.agendaItem() == null || group.agendaItem().isBlank() ? t("report.group.meeting", group.meeting())
                    : t("report.group.meeting-agenda", group.meeting(), group.agendaItem());
        }
        return t("report.group.source", translations.getTranslation("directive.source." + group.sourceKind(), THAI));
    }

    String directiveStatus(DirectiveLine d) {
        String status = t("directive.status." + d.status());
        return d.closedAt() == null ? status : status + " " + shortDate(d.closedAt());
    }

    String partStatus(PartLine p) {
        return t("directive.part-status." + p.status());
    }

    String role(PartLine p) {
        return t(p.lead() ? "report.role.lead" : "report.role.support");
    }

    String due(PartLine p) {
        String due = shortDate(p.dueDate());
        return p.originalDueDate() != null && !p.originalDueDate().equals(p.dueDate())
                ? due + " " + t("report.due.original", ThaiDates.formatMedium(p.originalDueDate(), THAI)) : due;
    }

    /** The unit's latest word, with its date, percent and kind; a dash when it has said nothing yet. */
    String latest(PartLine p) {
        if (p.latestReport() == null) {
            return t("report.latest.none");
        }
        String head = p.finalReport() ? t("report.latest.final", ThaiDates.formatMedium(day(p.latestReportAt()), THAI))
                : t("report.latest.progress", ThaiDates.formatMedium(day(p.latestReportAt()), THAI),
                        p.percent() == null ? 0 : p.percent());
        return head + " " + digits(p.latestReport().strip());
    }

    String late(PartLine p) {
        return p.workingDaysLate() == 0 ? "-" : number(p.workingDaysLate());
    }

    String waiting(PartLine p) {
        if (p.waitingWorkingDays() == 0 && !p.waitingNow()) {
            return "-";
        }
        return p.waitingNow() ? t("report.waiting.now", p.waitingWorkingDays()) : number(p.waitingWorkingDays());
    }

    private LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }
}
