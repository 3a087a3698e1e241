package th.tidtam.outgoing.service;

import java.util.List;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseVisibility;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.outgoing.domain.OutgoingLetterRepository;

/** The outgoing letter's answer to the core's visibility port: the rules of {@link OutgoingAccess}. */
@Component
class OutgoingCaseVisibility implements CaseVisibility {

    private final OutgoingLetterRepository letters;
    private final OutgoingAccess access;

    OutgoingCaseVisibility(OutgoingLetterRepository letters, OutgoingAccess access) {
        this.letters = letters;
        this.access = access;
    }

    @Override
    public String caseType() {
        return OutgoingCase.TYPE;
    }

    @Override
    public boolean canSee(List<CurrentPosition> positions, long caseId) {
        return letters.findById(caseId).filter(l -> access.sees(positions, l)).isPresent();
    }
}
