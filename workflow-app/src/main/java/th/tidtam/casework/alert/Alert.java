package th.tidtam.casework.alert;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import th.tidtam.casework.CaseRef;

/** An alert as its position sees it. */
public record Alert(Long id, String caseType, Long caseId, Long partId, AlertKind kind, Instant createdAt, String detail,
        Long positionId) {

    @JsonIgnore
    public CaseRef ref() {
        return CaseRef.of(caseType, caseId);
    }
}
