package th.tidtam.orders.service;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.tidtam.process.CaseProcess;

@Configuration(proxyBeanMethods = false)
class OrdersConfiguration {

    /** The order's process carries its case in {@code orderId} and {@code orderNumber}, set at its start. */
    @Bean
    CaseProcess provincialOrderCaseProcess() {
        return new CaseProcess(OrdersCase.PROCESS_KEY, OrdersCase.TYPE, "orderId", "orderNumber", null);
    }
}
