package th.tidtam.directive.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import th.tidtam.directive.Cadence;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.directive.domain.DirectiveStatus;
import th.tidtam.directive.domain.PartStatus;
import th.tidtam.directive.Progress;
import th.tidtam.directive.domain.ProgressReport;
import th.tidtam.org.SecrecyClass;
import th.tidtam.directive.SourceKind;
import th.tidtam.casework.Urgency;
import th.tidtam.org.AssignmentKind;

/** Read models of directives for screens and the API. */
public final class DirectiveViews {

    private DirectiveViews() {
    }

    public record Summary(Long id, String number, String subject, Urgency urgency, SecrecyClass secrecy,
            DirectiveStatus status, LocalDate dueDate, Instant issuedAt, Long leadUnitId, String leadUnitNameTh,
            String leadUnitNameEn) {
    }

    public record Part(Long id, Long unitId, String unitNameTh, String unitNameEn, boolean lead, int round,
            PartStatus status, Long holderPositionId, String holderTitleTh, String holderTitleEn, LocalDate dueDate,
            LocalDate originalDueDate, int escalationLevel, Long workerPositionId, String workerTitleTh,
            String workerTitleEn, boolean delegated, String escalatedToTitleTh, String escalatedToTitleEn,
            Progress lastReportStatus, Integer lastReportPercent, LocalDate reportDue, Long waitingOnUnitId,
            String waitingOnUnitNameTh, String waitingOnUnitNameEn, LocalDate waitingSince, String waitingReason,
            int waitingWorkingDays, int workingDaysLate) {
    }

    /** A progress report as the directive page shows it. */
    public record Report(Long id, Long partId, Instant reportedAt, String personNameTh, String personNameEn,
            String positionTitleTh, String positionTitleEn, AssignmentKind capacity, Progress progress, int percent,
            String body, String obstacle, ProgressReport.Review reviewState, String reviewerTitleTh,
            String reviewerTitleEn, Instant reviewedAt, String reviewComment) {
    }

    public record Event(Instant at, DirectiveEvent.Kind kind, String personNameTh, String personNameEn,
            String positionTitleTh, String positionTitleEn, AssignmentKind capacity, String detail, Long partId) {
    }

    public record Detail(Long id, String number, String subject, String text, Urgency urgency, SecrecyClass secrecy,
            DirectiveStatus status, SourceKind sourceKind, String sourceReference, String meetingNumber,
            String agendaItem, LocalDate dueDate, Cadence cadence, Integer cadenceDays, Instant issuedAt,
            boolean issuedOnBehalf, Long supersedesId, Long supersededById, int round, List<Part> parts,
            List<Event> timeline, List<Report> reports, String processInstanceId, String sourceCaseType,
            Long sourceCaseId) {
    }

    public record Page<T>(List<T> items, long total, int offset, int limit) {
    }
}
