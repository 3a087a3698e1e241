package th.tidtam.directive.service;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ScreeningDays.class, FollowUpSettings.class })
class DirectiveConfiguration {
}
