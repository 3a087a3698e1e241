package th.tidtam.directive.service;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseVisibility;
import th.tidtam.org.service.CurrentPosition;

/** The directive's answer to the casework core's visibility port: the rules of {@link DirectiveVisibility}. */
@Component
class DirectiveCaseVisibility implements CaseVisibility {

    private final DirectiveVisibility visibility;

    DirectiveCaseVisibility(DirectiveVisibility visibility) {
        this.visibility = visibility;
    }

    @Override
    public String caseType() {
        return DirectiveCase.TYPE;
    }

    @Override
    public boolean canSee(List<CurrentPosition> positions, long caseId) {
        return visibility.canSee(positions, caseId);
    }

    @Override
    public List<Long> visibleAmong(List<CurrentPosition> positions, Collection<Long> caseIds) {
        return visibility.visibleAmong(positions, caseIds);
    }
}
