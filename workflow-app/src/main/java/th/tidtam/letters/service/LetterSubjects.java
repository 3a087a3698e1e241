package th.tidtam.letters.service;

import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tidtam.letters.domain.IncomingLetter;
import th.tidtam.letters.domain.IncomingLetterRepository;
import th.tidtam.process.CaseSubjects;

/** A received letter's subject for its tasks in My work, found also by the sender's number (มท 0211.3/ว 1234). */
@Component
class LetterSubjects implements CaseSubjects {

    private final IncomingLetterRepository repository;

    LetterSubjects(IncomingLetterRepository repository) {
        this.repository = repository;
    }

    @Override
    public String caseType() {
        return LetterCase.TYPE;
    }

    @Override
    public Optional<String> subject(long caseId) {
        return repository.findById(caseId).map(IncomingLetter::getSubject);
    }

    @Override
    public String otherWords(long caseId) {
        return repository.findById(caseId).map(IncomingLetter::getSenderNumber).orElse("");
    }
}
