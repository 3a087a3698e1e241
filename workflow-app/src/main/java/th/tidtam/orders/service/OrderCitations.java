package th.tidtam.orders.service;

import org.springframework.stereotype.Component;

import th.tidtam.orders.OrderSummary;
import th.tidtam.orders.domain.ProvincialOrder;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;

/**
 * What an order is called in its province: "คำสั่งจังหวัดปราจีนบุรี ที่ 12/2569" for an order of Prachin Buri. One
 * installation holds several provinces (issue 18), so the name comes from the order's province, never from the
 * installation's first one.
 */
@Component
class OrderCitations {

    private final Provinces provinces;

    OrderCitations(Provinces provinces) {
        this.provinces = provinces;
    }

    /** "คำสั่งจังหวัด…" of the order's province. */
    String ordersOf(ProvincialOrder order) {
        return OrderSummary.ordersOf(provinces.byId(order.getProvinceId()).map(ProvinceSummary::nameTh).orElse(null));
    }

    /** The order's province ("จังหวัดปราจีนบุรี", "Prachin Buri Province"), for headings in either language. */
    java.util.Optional<ProvinceSummary> provinceOf(ProvincialOrder order) {
        return provinces.byId(order.getProvinceId());
    }

    /** "คำสั่งจังหวัด… ที่ N/BE-year" of a signed order. */
    String citation(ProvincialOrder order) {
        return ordersOf(order) + " ที่ " + order.getNumber();
    }
}
