package th.tidtam.orders.service;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;

/** The delegable matters (annex ข) an order may delegate: org's list, never a list of the orders module's own. */
@Component
class OrderMatters {

    // TODO merge main: org.delegableMatters()
    private static final List<String> CODES = List.of("GENERAL", "DIRECTIVE", "BUDGET", "PROCUREMENT", "PERSONNEL", "PERMIT", "EVENTS");

    /** The known codes given, in org's order, without repeats; refused when empty or one is unknown. */
    List<String> require(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new RuleViolation("orders.error.matters-required");
        }
        Set<String> given = new LinkedHashSet<>();
        for (String c : codes) {
            if (c == null || !CODES.contains(c)) {
                throw new RuleViolation("orders.error.matter-unknown", c == null ? "-" : c.length() > 40 ? c.substring(0, 40) : c);
            }
            given.add(c);
        }
        return CODES.stream().filter(given::contains).toList();
    }

    /** The matters' names joined for org's record of the delegated powers. */
    String names(List<String> codes, boolean thai) {
        return String.join(", ", namesOf(codes, thai));
    }

    List<String> codes() {
        return CODES;
    }

    List<String> namesOf(List<String> codes, boolean thai) {
        return codes;
    }
}
