package th.tidtam.org.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.CheckboxGroup;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.DelegableMatter;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;

/** The matters a delegation covers (its order's annex), shown in the assignments grid and corrected in a dialog. */
final class DelegatedMattersField {

    private DelegatedMattersField() {
    }

    /** " [matter, matter]" after a delegation's powers; nothing for other assignments. */
    static String shown(Actor assignment, OrgDirectory directory, boolean thai) {
        if (assignment.kind() != AssignmentKind.DELEGATION) {
            return "";
        }
        Set<String> codes = directory.delegatedMatters(assignment.assignmentId());
        if (codes.isEmpty()) {
            return "";
        }
        return directory.delegableMatters().stream().filter(m -> codes.contains(m.code())).map(m -> m.name(thai))
                .collect(Collectors.joining(", ", " [", "]"));
    }

    /** A choice of the matters, ticked as the delegation covers them now; refused for an assignment that is no delegation. */
    static CheckboxGroup<DelegableMatter> choice(Actor assignment, OrgDirectory directory, boolean thai, String label) {
        if (assignment.kind() != AssignmentKind.DELEGATION) {
            throw new RuleViolation("org.error.matters-only-for-delegation");
        }
        CheckboxGroup<DelegableMatter> group = new CheckboxGroup<>(label);
        List<DelegableMatter> all = directory.delegableMatters();
        group.setItems(all);
        group.setItemLabelGenerator(m -> m.name(thai));
        Set<String> codes = directory.delegatedMatters(assignment.assignmentId());
        group.setValue(all.stream().filter(m -> codes.contains(m.code())).collect(Collectors.toSet()));
        group.getElement().setAttribute("data-testid", "assignment-matters-choice");
        return group;
    }

    static void save(Actor assignment, CheckboxGroup<DelegableMatter> choice, OrgAdministration administration) {
        administration.setDelegatedMatters(assignment.assignmentId(), choice.getValue().stream().map(DelegableMatter::code).toList());
    }
}
