package th.tidtam.letters.service;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseType;

/** The incoming letter registered with the casework core: its screen and the name its API gives a letter's id. */
@Component
class IncomingLetterCaseType implements CaseType {

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
