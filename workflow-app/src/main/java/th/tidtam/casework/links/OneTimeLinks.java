package th.tidtam.casework.links;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import th.tidtam.casework.CaseRef;
@Service
public class OneTimeLinks {
    public IssuedLink issue(CaseRef ref, Long partId, Instant expiresAt) { throw new UnsupportedOperationException(); }
    public Optional<LinkTarget> open(String token, String clientAddress) { return Optional.empty(); }
    public LinkTarget redeem(String token, String clientAddress) { throw new th.tidtam.base.RuleViolation("links.error.unusable"); }
    public void revoke(long linkId) { }
    public Optional<Instant> usedAt(long linkId) { return Optional.empty(); }
}
