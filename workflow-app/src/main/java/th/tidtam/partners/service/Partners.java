package th.tidtam.partners.service;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.partners.PartnerKind;
import th.tidtam.partners.domain.PartnerQueries;
import th.tidtam.partners.domain.PartnerRepository;

/**
 * The partners register as other modules read it (a coordination request picks its partners here). Anyone signed in
 * may read their own province's register (see {@link PartnerScope}); a partner of another province is not found.
 * Only {@link PartnerRegister} changes it. A query longer than any name finds nothing rather than
 * costing a scan; the page is clamped to {@link #MAX_LIMIT}.
 */
@Service
@Transactional(readOnly = true)
public class Partners {

    public static final int MAX_QUERY = 300;
    public static final int MAX_LIMIT = 500;
    private static final int MAX_WORDS = 8;

    private final PartnerRepository partners;
    private final PartnerQueries queries;
    private final PartnerScope scope;

    Partners(PartnerRepository partners, PartnerQueries queries, PartnerScope scope) {
        this.partners = partners;
        this.queries = queries;
        this.scope = scope;
    }

    /** Active first, then by Thai name; every word of {@code text} must occur in a name, the contact, e-mail or phone. */
    public List<PartnerSummary> search(String text, PartnerKind kind, boolean activeOnly, int offset, int limit) {
        if (text != null && text.length() > MAX_QUERY || limit <= 0) {
            return List.of();
        }
        return queries.find(scope.provinceIds().orElse(null), PartnerText.likePatterns(text, MAX_WORDS), kind, activeOnly, Math.max(0, offset),
                Math.min(limit, MAX_LIMIT)).stream().map(PartnerRecords::summary).toList();
    }

    public int count(String text, PartnerKind kind, boolean activeOnly) {
        if (text != null && text.length() > MAX_QUERY) {
            return 0;
        }
        return (int) queries.count(scope.provinceIds().orElse(null), PartnerText.likePatterns(text, MAX_WORDS), kind, activeOnly);
    }

    public Optional<PartnerSummary> find(long id) {
        return partners.findById(id).filter(p -> scope.includes(p.getProvinceId())).map(PartnerRecords::summary);
    }

    /** Whether the partner is in that province's register (a request names only its own province's partners). */
    public boolean inProvince(long id, long provinceId) {
        return partners.findById(id).filter(p -> p.getProvinceId() == provinceId).isPresent();
    }

    /**
     * The partners of those ids that exist, by Thai name; unknown ids are left out. Not held to the reader's province:
     * the caller names the partners of a record it has already shown to be visible.
     */
    public List<PartnerSummary> byIds(Collection<Long> ids) {
        List<Long> wanted = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return partners.findByIdIn(wanted).stream().map(PartnerRecords::summary)
                .sorted(Comparator.comparing(PartnerSummary::nameTh).thenComparing(PartnerSummary::id)).toList();
    }

    /** Everything the register keeps of one partner, for its own screen and API. */
    public Optional<PartnerDetails> details(long id) {
        return partners.findById(id).filter(p -> scope.includes(p.getProvinceId())).map(PartnerRecords::details);
    }
}
