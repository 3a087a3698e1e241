package th.tidtam.base;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the {@link StartupGate} in front of every other filter (Spring Security's chain is at -100). */
@Configuration(proxyBeanMethods = false)
class StartupGateConfiguration {

    @Bean
    StartupGate startupGate(MessageSource messages, ApplicationAvailability availability) {
        return new StartupGate(messages, availability);
    }

    @Bean
    FilterRegistrationBean<StartupGate> startupGateRegistration(StartupGate gate) {
        FilterRegistrationBean<StartupGate> registration = new FilterRegistrationBean<>(gate);
        registration.setName("startupGate");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
