package th.tidtam.coordination;

import java.time.LocalDate;
import java.util.List;

/**
 * A request drafted (POST /api/coordination, the new-request screen): the requesting position (null: the caller's
 * first position that may request), the units and partners asked.
 */
public record NewRequest(String subject, AskKind askKind, String body, LocalDate dueDate, String urgency, String secrecy,
        Long requesterPositionId, String contact, List<Long> unitIds, List<Long> partnerIds) {
}
