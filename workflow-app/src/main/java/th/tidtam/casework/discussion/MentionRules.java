package th.tidtam.casework.discussion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText;
import th.tidtam.casework.CaseAccess;
import th.tidtam.casework.CaseRef;
import th.tidtam.casework.CaseTypes;
import th.tidtam.casework.search.SearchText;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.ProvinceScope;

/**
 * Who may be mentioned in a case's discussion: a position that may see the case itself, whoever fills it. The case
 * type's visibility decides, asked as if the position were filled by its holder; a position that may not see the case
 * is refused with the reason, so a mention never leaks a case to someone who could not open it.
 */
@Component
class MentionRules {

    static final int MAX_MENTIONS = 20;
    static final int MAX_QUERY = 100;
    /** Positions looked at per search at most: each costs the case type one visibility question. */
    private static final int MAX_PROBED = 200;
    /** Before anything is typed, only a first handful: the list opens at once, typing narrows it. */
    private static final int MAX_PROBED_UNFILTERED = 40;

    private final OrgDirectory org;
    private final CaseAccess access;
    private final CaseTypes types;

    MentionRules(OrgDirectory org, CaseAccess access, CaseTypes types) {
        this.org = org;
        this.access = access;
        this.types = types;
    }

    /** The positions mentioned, each known and allowed to see the case, without repeats; refused otherwise. */
    List<PositionSummary> check(CaseRef ref, List<Long> ids) {
        Set<Long> distinct = new LinkedHashSet<>();
        for (Long id : ids) {
            if (id == null) {
                throw new RuleViolation("discussion.error.mention-unknown", id);
            }
            distinct.add(id);
        }
        if (distinct.size() > MAX_MENTIONS) {
            throw new RuleViolation("discussion.error.too-many-mentions", MAX_MENTIONS);
        }
        List<PositionSummary> found = new ArrayList<>();
        ProvinceScope mine = ProvinceScope.of(access.myPositions());
        for (Long id : distinct) {
            // a position of another province does not exist for the user, whatever it may see
            PositionSummary p = org.position(id).filter(candidate -> mine.includes(candidate.provinceId()))
                    .orElseThrow(() -> new RuleViolation("discussion.error.mention-unknown", String.valueOf(id)));
            if (!maySee(p, ref)) {
                boolean classified = types.of(ref.type()).map(t -> t.classified(ref.id())).orElse(false);
                String named = String.join(" / ", p.titleTh(), p.titleEn());
                throw new RuleViolation(classified ? "discussion.error.mention-not-cleared-classified"
                        : "discussion.error.mention-not-cleared", named);
            }
            found.add(p);
        }
        return found;
    }

    /**
     * Positions that may see the case whose title, unit, code or holder's name contain every word of the query; at
     * most {@code limit}, by title. A query that is not text finds nothing rather than failing a search box.
     */
    List<DiscussionViews.Candidate> candidates(CaseRef ref, String query, int offset, int limit) {
        String q = query == null ? "" : query;
        if (FreeText.length(q) > MAX_QUERY || !FreeText.wellFormed(q)) {
            return List.of();
        }
        List<String> words = SearchText.words(q);
        List<DiscussionViews.Candidate> out = new ArrayList<>();
        int skipped = 0;
        int probed = 0;
        int maxProbed = words.isEmpty() ? MAX_PROBED_UNFILTERED : MAX_PROBED;
        // only the user's province's positions: no other may see a case the user sees, nor be named to them
        List<PositionSummary> offered = ProvinceScope.of(access.myPositions()).provinceIds().stream()
                .flatMap(province -> org.allPositions(province).stream()).toList();
        for (PositionSummary p : offered) {
            if (out.size() >= limit || probed >= maxProbed) {
                break;
            }
            Optional<Actor> holder = p.actors().stream().filter(a -> a.kind().fillsPosition()).findFirst();
            String text = SearchText.fold(p.titleTh(), p.titleEn(), p.unitNameTh(), p.unitNameEn(), p.code(),
                    holder.map(Actor::nameTh).orElse(null), holder.map(Actor::nameEn).orElse(null));
            if (!words.stream().allMatch(text::contains)) {
                continue;
            }
            probed++;
            if (!maySee(p, ref)) {
                continue;
            }
            if (skipped++ < offset) {
                continue;
            }
            out.add(new DiscussionViews.Candidate(p.id(), p.titleTh(), p.titleEn(), p.unitNameTh(), p.unitNameEn(),
                    holder.map(Actor::nameTh).orElse(null), holder.map(Actor::nameEn).orElse(null)));
        }
        return out;
    }

    boolean maySee(PositionSummary p, CaseRef ref) {
        return access.canSee(List.of(asHolder(p)), ref);
    }

    /** The position as its holder fills it: what a position sees does not depend on who fills it. */
    static CurrentPosition asHolder(PositionSummary p) {
        return new CurrentPosition(p.id(), p.code(), p.titleTh(), p.titleEn(), p.unitId(), p.unitNameTh(),
                p.unitNameEn(), p.role(), p.unitHead(), p.clearance(), AssignmentKind.HOLDER, null, null, null, p.provinceId());
    }
}
