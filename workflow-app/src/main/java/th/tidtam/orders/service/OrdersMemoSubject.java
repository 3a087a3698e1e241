package th.tidtam.orders.service;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.casework.Urgency;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoDecided;
import th.tidtam.memo.MemoSubject;
import th.tidtam.memo.SubjectSummary;
import th.tidtam.orders.domain.ProvincialOrderRepository;
import th.tidtam.org.SecrecyClass;

/**
 * A draft order is what a memo presents for signature: the top level may sign it (numbered in the deciding
 * transaction, refused there when its effect no longer fits the chain — the decision rolls back) or disapprove it.
 */
@Component
class OrdersMemoSubject implements MemoSubject {

    private final ProvincialOrderRepository orders;
    private final OrderAccess access;
    private final OrderSigning signing;
    private final OrderCitations citations;

    OrdersMemoSubject(ProvincialOrderRepository orders, OrderAccess access, OrderSigning signing,
            OrderCitations citations) {
        this.citations = citations;
        this.orders = orders;
        this.access = access;
        this.signing = signing;
    }

    @Override
    public String caseType() {
        return OrdersCase.TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectSummary> summary(long subjectId) {
        return orders.findById(subjectId).filter(o -> access.sees(access.mine(), o))
                .map(o -> new SubjectSummary(o.getNumber(), o.getSubject(),
                        "ร่าง" + citations.ordersOf(o) + " เรื่อง " + o.getSubject() + " (มีผล "
                                + ThaiDates.formatMedium(o.getEffectiveFrom(), th.tidtam.base.i18n.Translations.THAI) + ")",
                        SecrecyClass.NONE, Urgency.NORMAL, OrdersCase.MATTER));
    }

    @Override
    public Set<Decision> decisions(long subjectId) {
        return EnumSet.of(Decision.SIGN, Decision.DISAPPROVE);
    }

    @Override
    public void presented(long subjectId, long memoId) {
        signing.presented(subjectId, memoId);
    }

    @Override
    public void decided(long subjectId, MemoDecided decision) {
        switch (decision.decision()) {
            case SIGN -> signing.sign(subjectId, decision.by());
            case DISAPPROVE -> signing.disapprove(subjectId, decision.by(), decision.note());
            default -> throw new th.tidtam.base.RuleViolation("orders.error.decision-not-allowed");
        }
    }
}
