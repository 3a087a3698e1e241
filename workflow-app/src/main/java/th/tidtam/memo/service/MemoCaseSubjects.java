package th.tidtam.memo.service;

import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tidtam.memo.domain.Memo;
import th.tidtam.memo.domain.MemoRepository;
import th.tidtam.process.CaseSubjects;

/** A memo's subject for its tasks in My work (the memo chain carries no free text). */
@Component
class MemoCaseSubjects implements CaseSubjects {

    private final MemoRepository repository;

    MemoCaseSubjects(MemoRepository repository) {
        this.repository = repository;
    }

    @Override
    public String caseType() {
        return MemoCase.TYPE;
    }

    @Override
    public Optional<String> subject(long caseId) {
        return repository.findById(caseId).map(Memo::getSubject);
    }
}
