package th.tidtam.memo.service;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.OrgDirectory;

/** Whether a person may decide on a position's behalf (ปฏิบัติราชการแทน) in a matter on a day: org's delegation data. */
@Component
class MemoAuthority {

    private final OrgDirectory org;

    MemoAuthority(OrgDirectory org) {
        this.org = org;
    }

    boolean covers(Long personId, Long positionId, String matter, LocalDate day) {
        // until org's delegable matters are merged: any delegation on the position in force today
        return org.currentPositions(personId).stream()
                .anyMatch(p -> p.capacity() == AssignmentKind.DELEGATION && p.positionId().equals(positionId));
    }
}
