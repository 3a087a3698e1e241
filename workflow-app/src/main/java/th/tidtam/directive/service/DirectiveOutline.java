package th.tidtam.directive.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.discussion.CaseOutline;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;

/**
 * The directive as a discussion knows it: its number (in the alert a mention raises) and each unit's part, which has
 * a thread of its own. Asked only once the core has let the user see the directive.
 */
@Component
class DirectiveOutline implements CaseOutline {

    private final DirectiveRepository directives;
    private final DirectivePartRepository parts;
    private final OrgDirectory org;

    DirectiveOutline(DirectiveRepository directives, DirectivePartRepository parts, OrgDirectory org) {
        this.directives = directives;
        this.parts = parts;
        this.org = org;
    }

    @Override
    public String caseType() {
        return DirectiveCase.TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> number(long caseId) {
        return directives.findById(caseId).map(Directive::getNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Part> parts(long caseId) {
        List<DirectivePart> ps = parts.findByDirectiveIdOrderByLeadDescIdAsc(caseId);
        Map<Long, UnitSummary> units = org.units(ps.stream().map(DirectivePart::getUnitId).distinct().toList()).stream()
                .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        return ps.stream().map(p -> {
            UnitSummary u = units.get(p.getUnitId());
            return new Part(p.getId(), u == null ? String.valueOf(p.getUnitId()) : u.nameTh(),
                    u == null ? String.valueOf(p.getUnitId()) : u.nameEn());
        }).toList();
    }
}
