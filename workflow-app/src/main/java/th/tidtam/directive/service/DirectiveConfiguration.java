package th.tidtam.directive.service;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.tidtam.process.CaseProcess;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ScreeningDays.class, FollowUpSettings.class })
class DirectiveConfiguration {

    /**
     * The directive's follow-up process carries its case in {@code directiveId} and {@code directiveNumber}, set at
     * its start (DirectiveService.issue), and the part a unit's task is about in {@code partId} (the element variable
     * of the per-unit subprocess): the inbox row then knows the task's part, and a step finds it there instead of
     * asking the engine.
     */
    @Bean
    CaseProcess directiveCaseProcess() {
        return new CaseProcess(DirectiveService.PROCESS_KEY, DirectiveCase.TYPE, "directiveId", "directiveNumber", "partId");
    }
}
