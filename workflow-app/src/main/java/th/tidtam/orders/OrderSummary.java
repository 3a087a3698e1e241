package th.tidtam.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import th.tidtam.casework.ActorStamp;

/**
 * An order as the screens and the API show it. {@code number} is {@code N/BE-year} once signed, else null;
 * {@code matters} are delegable matter codes (DELEGATION); {@code members} the committee (COMMITTEE).
 */
public record OrderSummary(long id, OrderKind kind, OrderStatus status, String number, String subject, String reasons,
        String orderedText, LocalDate effectiveFrom, LocalDate effectiveTo, Long positionId, Long personId,
        List<String> matters, String annexText, String bodyCode, String bodyNameTh, String bodyNameEn,
        Long chairPositionId, Long secretaryUnitId, List<OrderMember> members, Long assignmentId, Long bodyId,
        LocalDate signedOn, ActorStamp signedBy, ActorStamp draftedBy, Instant draftedAt, Instant inForceAt,
        String cancelReason) {

    /** "คำสั่งจังหวัดฉะเชิงเทรา ที่ 12/2569", as org's assignments cite it. */
    public String citation() {
        return number == null ? null : "คำสั่งจังหวัดฉะเชิงเทรา ที่ " + number;
    }
}
