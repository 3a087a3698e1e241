package th.tidtam.casework.alert;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import th.tidtam.casework.CaseType;

/**
 * {@code tidtam_escalations_total{case_type}}: every rung late work climbed up the chain of command, whichever case
 * type's follow-up moved it. Each escalation alerts the position it climbed to ({@link AlertKind#ESCALATED_TO_YOU}),
 * so that alert is counted — once its transaction committed: an escalation rolled back never happened. Every
 * registered case type shows from the start (0), so a rate over the counter has a series to begin from.
 */
@Component
class EscalationMeter {

    static final String NAME = "tidtam.escalations";

    private final MeterRegistry registry;

    EscalationMeter(MeterRegistry registry, ObjectProvider<CaseType> caseTypes) {
        this.registry = registry;
        caseTypes.orderedStream().forEach(type -> counter(type.key()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void alerted(AlertRaised alert) {
        if (alert.kind() == AlertKind.ESCALATED_TO_YOU) {
            counter(alert.ref().type()).increment();
        }
    }

    private Counter counter(String caseType) {
        return Counter.builder(NAME).tag("case_type", caseType)
                .description("Escalations of late work up the chain of command, by case type").register(registry);
    }
}
