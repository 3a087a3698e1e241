package th.tidtam.matters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;

/**
 * One matter as its page and the API show it. {@code complainant} is null for everyone off the matter's route
 * ({@code complainantHidden} says there is one they may not see); reading it is audited.
 */
public record MatterDetails(long id, String number, String subject, String description, MatterSource source,
        String sourceRef, Long letterId, Urgency urgency, SecrecyClass secrecy, LocalDate receivedOn, LocalDate dueDate,
        MatterStatus status, String registeredByTitle, Instant registeredAt, Instant closedAt, Complainant complainant,
        boolean complainantHidden, List<Part> parts, List<Decline> declines, List<Progress> progress) {

    /** A holder's share. */
    public record Part(long id, Long unitId, String unitNameTh, String unitNameEn, String holderTitleTh,
            String holderTitleEn, boolean kept, String share, LocalDate dueDate, LocalDate originalDueDate,
            PartStatus status, int percent, ProgressStatus progressStatus, LocalDate extensionTo,
            String extensionReason, String finalText, int escalationLevel, boolean overdue, boolean finishedOnTime) {
    }

    /** A unit's decline, with its reason. */
    public record Decline(long partId, Long unitId, String unitNameTh, String unitNameEn, String reason,
            Instant declinedAt, boolean reassigned) {
    }

    /** A progress report (or the final report). */
    public record Progress(long partId, int percent, ProgressStatus status, String text, boolean finalReport,
            String byTitleTh, String byTitleEn, Instant reportedAt) {
    }
}
