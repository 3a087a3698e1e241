package th.tidtam.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One party asked, with its answer once given; {@code onTime} is null while it has not answered. */
public record PartyView(long id, PartyKind kind, Long unitId, Long partnerId, String nameTh, String nameEn,
        Long headPositionId, boolean answered, String answer, String nomineeName, String nomineePosition,
        String nomineePhone, String answererName, String answererPosition, String answererPhone, Instant answeredAt,
        Boolean onTime, boolean overdue, int escalationLevel, Long escalatedToPositionId, Instant linkExpiresAt,
        boolean linkUsed, List<FileView> files) {

    public String name(boolean thai) {
        return thai || nameEn == null || nameEn.isBlank() ? nameTh : nameEn;
    }

    /** A file of the request or of an answer (downloaded through the request's API, or through the link). */
    public record FileView(long id, String fileName, String contentType, long size, Instant uploadedAt, String uploadedBy) {
    }

    public boolean overdueOn(LocalDate today, LocalDate due) {
        return !answered && today.isAfter(due);
    }
}
