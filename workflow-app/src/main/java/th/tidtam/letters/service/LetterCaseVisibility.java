package th.tidtam.letters.service;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseVisibility;
import th.tidtam.letters.domain.IncomingLetterRepository;
import th.tidtam.org.service.CurrentPosition;

/** The incoming letter's answer to the casework core's visibility port: the rules of {@link LetterAccess}. */
@Component
class LetterCaseVisibility implements CaseVisibility {

    private final IncomingLetterRepository letters;
    private final LetterAccess access;

    LetterCaseVisibility(IncomingLetterRepository letters, LetterAccess access) {
        this.letters = letters;
        this.access = access;
    }

    @Override
    public String caseType() {
        return LetterCase.TYPE;
    }

    @Override
    public boolean canSee(List<CurrentPosition> positions, long caseId) {
        return letters.findById(caseId).filter(l -> access.sees(positions, l)).isPresent();
    }

    @Override
    public List<Long> visibleAmong(List<CurrentPosition> positions, Collection<Long> caseIds) {
        return letters.findAllById(caseIds).stream().filter(l -> access.sees(positions, l)).map(l -> l.getId()).toList();
    }
}
