package th.tidtam.directive.service;

import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.process.CaseSubjects;

/** A directive's subject for its tasks in My work (the process carries only ids and codes). */
@Component
class DirectiveSubjects implements CaseSubjects {

    private final DirectiveRepository repository;

    DirectiveSubjects(DirectiveRepository repository) {
        this.repository = repository;
    }

    @Override
    public String caseType() {
        return DirectiveCase.TYPE;
    }

    @Override
    public Optional<String> subject(long caseId) {
        return repository.findById(caseId).map(Directive::getSubject);
    }
}
