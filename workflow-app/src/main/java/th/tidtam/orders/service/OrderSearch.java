package th.tidtam.orders.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.search.CaseHit;
import th.tidtam.casework.search.CaseSearch;
import th.tidtam.casework.search.SearchText;
import th.tidtam.orders.OrderSummary;
import th.tidtam.orders.domain.ProvincialOrder;
import th.tidtam.orders.domain.ProvincialOrderRepository;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;

/**
 * Orders found by number, subject and text in the one search over every case type. A province issues a few hundred
 * orders a year, so the search folds them as it reads instead of keeping a search column (a column when that grows).
 */
@Component
class OrderSearch implements CaseSearch {

    private final ProvincialOrderRepository orders;
    private final OrderAccess access;
    private final Provinces provinces;

    OrderSearch(ProvincialOrderRepository orders, OrderAccess access, Provinces provinces) {
        this.orders = orders;
        this.access = access;
        this.provinces = provinces;
    }

    @Override
    public String caseType() {
        return OrdersCase.TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseHit> search(List<CurrentPosition> positions, List<String> words, int limit) {
        // "คำสั่งจังหวัด…" of each order's own province, the provinces read once per search
        Map<Long, String> kindOf = provinces.all().stream()
                .collect(Collectors.toMap(ProvinceSummary::id, p -> OrderSummary.ordersOf(p.nameTh())));
        return orders.findByProvinceIdInOrderByDraftedAtDescIdDesc(access.provinces(positions)).stream().filter(o -> access.sees(positions, o))
                .filter(o -> {
                    String text = SearchText.fold(o.getNumber(), o.getSubject(), o.getReasons(), o.getOrderedText(),
                            o.getAnnexText(), o.getBodyNameTh(), o.getBodyCode());
                    return words.stream().allMatch(text::contains);
                })
                .limit(Math.max(0, limit)).map(o -> hit(o, kindOf.getOrDefault(o.getProvinceId(), OrderSummary.ordersOf(null)))).toList();
    }

    private static CaseHit hit(ProvincialOrder o, String kind) {
        return new CaseHit(OrdersCase.TYPE, o.getId(), o.getNumber(), o.getSubject(), kind,
                o.getSignedOn() != null ? o.getSignedOn() : o.getEffectiveFrom(), SecrecyClass.NONE);
    }
}
