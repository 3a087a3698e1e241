package th.tidtam.letters.service;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseType;
import th.tidtam.letters.domain.IncomingLetterRepository;

/** The incoming letter registered with the casework core: its screen and the name its API gives a letter's id. */
@Component
class IncomingLetterCaseType implements CaseType {

    private final IncomingLetterRepository cases;

    IncomingLetterCaseType(IncomingLetterRepository cases) {
        this.cases = cases;
    }

    @Override
    public boolean classified(long caseId) {
        return cases.findById(caseId).map(c -> c.getSecrecy() != null && c.getSecrecy().classified()).orElse(false);
    }

    @Override
    public String key() {
        return LetterCase.TYPE;
    }

    @Override
    public String route(long caseId) {
        return "letters/" + caseId;
    }

    @Override
    public String idField() {
        return "letterId";
    }
}
