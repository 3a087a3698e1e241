package th.tidtam.directive.service;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseType;
import th.tidtam.directive.domain.DirectiveRepository;

/** The directive registered with the casework core: its screen and the name its API gives a directive's id. */
@Component
class DirectiveCaseType implements CaseType {

    private final DirectiveRepository cases;

    DirectiveCaseType(DirectiveRepository cases) {
        this.cases = cases;
    }

    @Override
    public boolean classified(long caseId) {
        return cases.findById(caseId).map(c -> c.getSecrecy() != null && c.getSecrecy().classified()).orElse(false);
    }

    @Override
    public String key() {
        return DirectiveCase.TYPE;
    }

    @Override
    public String route(long caseId) {
        return "directives/" + caseId;
    }

    @Override
    public String idField() {
        return "directiveId";
    }
}
