package th.tidtam.letters.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.tidtam.letters.LetterRouteStep;
import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.domain.IncomingLetter;
import th.tidtam.letters.domain.LetterRouteEntry;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;

/** Letters as the screens and the API see them, with the positions' titles looked up once per page. */
@Component
class LetterViews {

    private final OrgDirectory org;

    LetterViews(OrgDirectory org) {
        this.org = org;
    }

    LetterSummary letter(IncomingLetter l) {
        return letters(List.of(l)).get(0);
    }

    List<LetterSummary> letters(Collection<IncomingLetter> letters) {
        Map<Long, PositionSummary> positions = positions(letters.stream().map(IncomingLetter::getHandlerPositionId).toList());
        return letters.stream().map(l -> {
            PositionSummary h = l.getHandlerPositionId() == null ? null : positions.get(l.getHandlerPositionId());
            return new LetterSummary(l.getId(), LetterSummary.format(l.getReceivedNumber()), l.getReceivedYear(),
                    l.getReceivedNumber(), l.getReceivedAt(), l.getSenderNumber(), l.getSenderDate(), l.getFromParty(),
                    l.getToParty(), l.getSubject(), l.getUrgency(), l.getSecrecy(), l.getAttachments(), l.getActionTaken(),
                    l.getRemarks(), l.isDuplicate(), l.getStatus(), l.getHandlerPositionId(), h == null ? null : h.titleTh(),
                    h == null ? null : h.titleEn(), l.getExternalId(), l.getRegisteredAt());
        }).toList();
    }

    List<LetterRouteStep> route(List<LetterRouteEntry> entries) {
        Map<Long, PositionSummary> positions = positions(entries.stream().map(LetterRouteEntry::getPositionId).toList());
        return entries.stream().map(e -> {
            PositionSummary p = positions.get(e.getPositionId());
            String by = e.getBy().personId() == null ? null
                    : org.person(e.getBy().personId()).map(PersonSummary::fullNameTh).orElse(null);
            return new LetterRouteStep(e.getPositionId(), p == null ? "" : p.titleTh(), p == null ? "" : p.titleEn(),
                    e.getRole(), e.getNote(), by, e.getAt());
        }).toList();
    }

    private Map<Long, PositionSummary> positions(List<Long> ids) {
        return org.summaries(ids.stream().filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(PositionSummary::id, Function.identity(), (a, b) -> a));
    }
}
