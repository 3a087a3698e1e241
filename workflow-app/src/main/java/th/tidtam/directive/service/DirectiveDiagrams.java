package th.tidtam.directive.service;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.process.ProcessDiagrams;
import th.tidtam.security.CurrentUser;

/** The process diagram of a directive, for whoever may see the directive; absent for anyone else. */
@Service
@Transactional(readOnly = true)
public class DirectiveDiagrams {

    private final DirectiveRepository directives;
    private final DirectiveVisibility visibility;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final ProcessDiagrams diagrams;
    private final DirectiveReads reads;

    DirectiveDiagrams(DirectiveRepository directives, DirectiveVisibility visibility, OrgDirectory org,
            CurrentUser currentUser, ProcessDiagrams diagrams, DirectiveReads reads) {
        this.reads = reads;
        this.directives = directives;
        this.visibility = visibility;
        this.org = org;
        this.currentUser = currentUser;
        this.diagrams = diagrams;
    }

    /** SVG of the directive's process with its current and finished steps marked. */
    public Optional<String> svg(Long directiveId) {
        List<CurrentPosition> mine = currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
        if (directiveId == null || !visibility.canSee(mine, directiveId)) {
            return Optional.empty();
        }
        Optional<Directive> directive = directives.findById(directiveId);
        Optional<String> svg = directive.map(Directive::getProcessInstanceId).flatMap(diagrams::svg);
        if (svg.isPresent()) {
            reads.shown(directive.get(), "diagram", directiveId);
        }
        return svg;
    }
}
