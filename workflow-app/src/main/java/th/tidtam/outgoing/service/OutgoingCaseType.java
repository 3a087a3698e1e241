package th.tidtam.outgoing.service;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseType;

/** The outgoing letter registered with the casework core: its screen and the name its API gives a letter's id. */
@Component
class OutgoingCaseType implements CaseType {

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
