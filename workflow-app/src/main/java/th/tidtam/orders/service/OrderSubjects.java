package th.tidtam.orders.service;

import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tidtam.orders.domain.ProvincialOrder;
import th.tidtam.orders.domain.ProvincialOrderRepository;
import th.tidtam.process.CaseSubjects;

/** An order's subject for its tasks in My work (the order's process carries no free text). */
@Component
class OrderSubjects implements CaseSubjects {

    private final ProvincialOrderRepository repository;

    OrderSubjects(ProvincialOrderRepository repository) {
        this.repository = repository;
    }

    @Override
    public String caseType() {
        return OrdersCase.TYPE;
    }

    @Override
    public Optional<String> subject(long caseId) {
        return repository.findById(caseId).map(ProvincialOrder::getSubject);
    }
}
