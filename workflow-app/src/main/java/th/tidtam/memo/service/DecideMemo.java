package th.tidtam.memo.service;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision as the deciding level writes it: the order ({@code Decision} name), a note (the text of the เกษียน),
 * and for ASSIGN (มอบ … ดำเนินการ) the lead unit, the supporting units and the due date of the directive it issues.
 */
public record DecideMemo(String decision, String note, Long leadUnitId, List<Long> supportingUnitIds, LocalDate dueDate) {
}
