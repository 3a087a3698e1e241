package th.tidtam.org.service;

import java.time.LocalDate;

import th.tidtam.org.AssignmentKind;

/** Someone filling a position, with the capacity and legal basis of that assignment. */
public record Actor(Long assignmentId, Long personId, String username, String nameTh, String nameEn,
        AssignmentKind kind, LocalDate validFrom, LocalDate validTo, String orderNumber, LocalDate orderDate,
        String delegatedPowers) {

    public String name(boolean thai) {
        return thai ? nameTh : nameEn;
    }
}
