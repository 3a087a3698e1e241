package th.tidtam.outgoing.service;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseType;
import th.tidtam.outgoing.domain.OutgoingLetterRepository;

/** The outgoing letter registered with the casework core: its screen and the name its API gives a letter's id. */
@Component
class OutgoingCaseType implements CaseType {

    private final OutgoingLetterRepository cases;

    OutgoingCaseType(OutgoingLetterRepository cases) {
        this.cases = cases;
    }

    @Override
    public boolean classified(long caseId) {
        return cases.findById(caseId).map(c -> c.getSecrecy() != null && c.getSecrecy().classified()).orElse(false);
    }

    @Override
    public String key() {
        return OutgoingCase.TYPE;
    }

    @Override
    public String route(long caseId) {
        return "outgoing/" + caseId;
    }

    @Override
    public String idField() {
        return "letterId";
    }
}
