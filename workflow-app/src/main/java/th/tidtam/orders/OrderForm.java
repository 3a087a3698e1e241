package th.tidtam.orders;

import java.time.LocalDate;
import java.util.List;

/**
 * An order as its drafter writes it. Which fields count depends on the kind: ACTING — the position and the person,
 * from, to; DELEGATION — the delegate (person), the position whose powers (the governor's when null), the matters
 * and the annex text; COMMITTEE — the body's code, names, chair, secretary unit and members.
 */
public record OrderForm(OrderKind kind, String subject, String reasons, String orderedText, LocalDate effectiveFrom,
        LocalDate effectiveTo, Long positionId, Long personId, List<String> matters, String annexText, String bodyCode,
        String bodyNameTh, String bodyNameEn, Long chairPositionId, Long secretaryUnitId, List<OrderMember> members) {
}
