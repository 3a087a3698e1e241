package th.tidtam.coordination.service;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.tidtam.process.CaseProcess;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoordinationSettings.class)
class CoordinationConfiguration {

    /** The request's process carries its case in {@code requestId} and {@code requestNumber}; an agency's task its party. */
    @Bean
    CaseProcess coordinationCaseProcess() {
        return new CaseProcess(CoordinationCase.PROCESS_KEY, CoordinationCase.TYPE, "requestId", "requestNumber", "partyId");
    }
}
