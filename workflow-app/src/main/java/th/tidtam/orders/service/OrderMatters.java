package th.tidtam.orders.service;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.service.DelegableMatter;
import th.tidtam.org.service.OrgDirectory;

/** The delegable matters (annex ข) an order may delegate: org's list, never a list of the orders module's own. */
@Component
class OrderMatters {

    private final OrgDirectory org;

    OrderMatters(OrgDirectory org) {
        this.org = org;
    }

    /** The known codes given, in org's order, without repeats; refused when empty or one is unknown. */
    List<String> require(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new RuleViolation("orders.error.matters-required");
        }
        List<String> known = codes();
        Set<String> given = new LinkedHashSet<>();
        for (String c : codes) {
            if (c == null || !known.contains(c)) {
                throw new RuleViolation("orders.error.matter-unknown", c == null ? OrderText.NONE : c.length() > 40 ? c.substring(0, 40) : c);
            }
            given.add(c);
        }
        return known.stream().filter(given::contains).toList();
    }

    List<String> codes() {
        return org.delegableMatters().stream().map(DelegableMatter::code).toList();
    }

    /** The matters' names joined for org's record of the delegated powers. */
    String names(List<String> codes, boolean thai) {
        return String.join(", ", namesOf(codes, thai));
    }

    List<String> namesOf(List<String> codes, boolean thai) {
        Map<String, DelegableMatter> byCode = org.delegableMatters().stream()
                .collect(Collectors.toMap(DelegableMatter::code, Function.identity()));
        return codes.stream().map(c -> byCode.containsKey(c) ? byCode.get(c).name(thai) : c).toList();
    }
}
