package th.tidtam.orders.service;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.search.CaseHit;
import th.tidtam.casework.search.CaseSearch;
import th.tidtam.casework.search.SearchText;
import th.tidtam.orders.domain.ProvincialOrder;
import th.tidtam.orders.domain.ProvincialOrderRepository;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.CurrentPosition;

/**
 * Orders found by number, subject and text in the one search over every case type. A province issues a few hundred
 * orders a year, so the search folds them as it reads instead of keeping a search column (a column when that grows).
 */
@Component
class OrderSearch implements CaseSearch {

    private final ProvincialOrderRepository orders;
    private final OrderAccess access;

    OrderSearch(ProvincialOrderRepository orders, OrderAccess access) {
        this.orders = orders;
        this.access = access;
    }

    @Override
    public String caseType() {
        return OrdersCase.TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseHit> search(List<CurrentPosition> positions, List<String> words, int limit) {
        return orders.findByProvinceIdInOrderByDraftedAtDescIdDesc(access.provinces(positions)).stream().filter(o -> access.sees(positions, o))
                .filter(o -> {
                    String text = SearchText.fold(o.getNumber(), o.getSubject(), o.getReasons(), o.getOrderedText(),
                            o.getAnnexText(), o.getBodyNameTh(), o.getBodyCode());
                    return words.stream().allMatch(text::contains);
                })
                .limit(Math.max(0, limit)).map(OrderSearch::hit).toList();
    }

    private static CaseHit hit(ProvincialOrder o) {
        return new CaseHit(OrdersCase.TYPE, o.getId(), o.getNumber(), o.getSubject(), "คำสั่งจังหวัดฉะเชิงเทรา",
                o.getSignedOn() != null ? o.getSignedOn() : o.getEffectiveFrom(), SecrecyClass.NONE);
    }
}
