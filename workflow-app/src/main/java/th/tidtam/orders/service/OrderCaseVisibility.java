package th.tidtam.orders.service;

import java.util.List;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseVisibility;
import th.tidtam.orders.domain.ProvincialOrderRepository;
import th.tidtam.org.service.CurrentPosition;

/** The order's answer to the casework core's visibility port: the rules of {@link OrderAccess}. */
@Component
class OrderCaseVisibility implements CaseVisibility {

    private final ProvincialOrderRepository orders;
    private final OrderAccess access;

    OrderCaseVisibility(ProvincialOrderRepository orders, OrderAccess access) {
        this.orders = orders;
        this.access = access;
    }

    @Override
    public String caseType() {
        return OrdersCase.TYPE;
    }

    @Override
    public boolean canSee(List<CurrentPosition> positions, long caseId) {
        return orders.findById(caseId).filter(o -> access.sees(positions, o)).isPresent();
    }
}
