package th.tidtam.orders.service;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseType;

/** The order registered with the casework core: its screen and the name its API gives an order's id. */
@Component
class OrderCaseType implements CaseType {

    @Override
    public String key() {
        return OrdersCase.TYPE;
    }

    @Override
    public String route(long caseId) {
        return "orders/" + caseId;
    }

    @Override
    public String idField() {
        return "orderId";
    }
}
