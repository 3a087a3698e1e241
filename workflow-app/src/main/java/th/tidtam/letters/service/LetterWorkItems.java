package th.tidtam.letters.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.letters.domain.IncomingLetter;
import th.tidtam.letters.domain.IncomingLetterRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.process.WorkItem;
import th.tidtam.work.CaseWorkItems;

/**
 * The letter's subject in My work: the process keeps free text out of the engine's variables (a classified letter's
 * subject must not sit in the engine's tables unmasked), so the subject comes from the register, for whoever sees it.
 */
@Component
class LetterWorkItems implements CaseWorkItems {

    private final IncomingLetterRepository letters;
    private final LetterAccess access;

    LetterWorkItems(IncomingLetterRepository letters, LetterAccess access) {
        this.letters = letters;
        this.access = access;
    }

    @Override
    public String caseType() {
        return LetterCase.TYPE;
    }

    @Override
    public Map<String, Object> caseFields(WorkItem item) {
        return item.caseId() == null ? Map.of() : Map.of("letterId", item.caseId());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> subjects(Collection<Long> caseIds) {
        List<CurrentPosition> mine = access.mine();
        return letters.findAllById(caseIds).stream().filter(l -> access.sees(mine, l))
                .collect(Collectors.toMap(IncomingLetter::getId, l -> l.getSenderNumber() + " " + l.getSubject()));
    }
}
