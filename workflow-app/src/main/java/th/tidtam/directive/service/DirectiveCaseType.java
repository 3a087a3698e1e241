package th.tidtam.directive.service;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseType;

/** The directive registered with the casework core: its screen and the name its API gives a directive's id. */
@Component
class DirectiveCaseType implements CaseType {

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
