package th.tidtam.matters.service;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.tidtam.process.CaseProcess;

@Configuration(proxyBeanMethods = false)
class MatterConfiguration {

    /** The unowned-matter process carries its case in {@code matterId}/{@code matterNumber}, a part in {@code partId}. */
    @Bean
    CaseProcess matterCaseProcess() {
        return new CaseProcess(MatterCase.PROCESS_KEY, MatterCase.TYPE, "matterId", "matterNumber", "partId");
    }
}
