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

    /**
     * "คำสั่งจังหวัดฉะเชิงเทรา ที่ 12/2569", as org's assignments cite it: the order of the province named
     * {@code provinceNameTh} (its Thai name, "จังหวัดฉะเชิงเทรา" or "ฉะเชิงเทรา").
     */
    public String citation(String provinceNameTh) {
        return number == null ? null : citation(provinceNameTh, number);
    }

    /** "คำสั่งจังหวัด… ที่ {@code number}". */
    public static String citation(String provinceNameTh, String number) {
        return ordersOf(provinceNameTh) + " ที่ " + number;
    }

    /**
     * "คำสั่งจังหวัดฉะเชิงเทรา": what a province's orders are called. A province's Thai name is its root unit's,
     * which carries "จังหวัด" in every installation seen; a bare name gets it added.
     */
    public static String ordersOf(String provinceNameTh) {
        return "คำสั่ง" + th.tidtam.org.service.ProvinceSummary.formalNameTh(provinceNameTh);
    }
}
