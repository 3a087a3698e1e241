package th.tidtam.partners.service;

import java.util.*;
import org.springframework.stereotype.Service;
import th.tidtam.partners.PartnerKind;

@Service
public class Partners {
    public List<PartnerSummary> search(String text, PartnerKind kind, boolean activeOnly, int offset, int limit) { return List.of(); }
    public int count(String text, PartnerKind kind, boolean activeOnly) { return 0; }
    public Optional<PartnerSummary> find(long id) { return Optional.empty(); }
    public List<PartnerSummary> byIds(Collection<Long> ids) { return List.of(); }
}
