package th.tidtam.directive.service;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.org.SecrecyClass;

/**
 * The one place every read path of a directive's content passes once visibility has allowed it (the page and the
 * API's detail, the diagram, a file download): reads of a classified directive are announced for the audit trail.
 */
@Component
class DirectiveReads {

    private final ApplicationEventPublisher events;
    private final DirectivePartRepository parts;

    DirectiveReads(ApplicationEventPublisher events, DirectivePartRepository parts) {
        this.events = events;
        this.parts = parts;
    }

    void shown(Directive directive, String what, Long objectId) {
        if (directive.getSecrecy() != null && directive.getSecrecy() != SecrecyClass.NONE) {
            Set<Long> route = new LinkedHashSet<>();
            parts.findByDirectiveIdOrderByLeadDescIdAsc(directive.getId()).forEach(p -> {
                route.add(p.getHolderPositionId());
                route.add(p.getWorkerPositionId());
            });
            route.add(directive.getIssuedByPositionId());
            route.remove(null);
            events.publishEvent(new ClassifiedDirectiveRead(directive.getId(), directive.getNumber(),
                    directive.getSecrecy(), what, objectId, Set.copyOf(route)));
        }
    }
}
