package th.tidtam.org.service;

import java.time.LocalDate;

import th.tidtam.org.AssignmentKind;

public record AssignmentForm(Long positionId, Long personId, AssignmentKind kind, LocalDate validFrom,
        LocalDate validTo, String orderNumber, LocalDate orderDate, String delegatedPowers, String note) {
}
