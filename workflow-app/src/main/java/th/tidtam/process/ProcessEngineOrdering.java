package th.tidtam.process;

import java.util.Arrays;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The process engine starts after Flyway has migrated the application's tables: the engine's identity provider
 * and delegates read them. Spring gives no such order by itself.
 */
@Configuration(proxyBeanMethods = false)
class ProcessEngineOrdering {

    @Bean
    static BeanFactoryPostProcessor processEngineAfterFlyway() {
        return beanFactory -> {
            if (!beanFactory.containsBeanDefinition("flywayInitializer")) {
                return;
            }
            for (String name : new String[] { "processEngine", "processEngineFactoryBean" }) {
                if (beanFactory.containsBeanDefinition(name)) {
                    BeanDefinition definition = beanFactory.getBeanDefinition(name);
                    String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                    String[] extended = Arrays.copyOf(dependsOn, dependsOn.length + 1);
                    extended[dependsOn.length] = "flywayInitializer";
                    definition.setDependsOn(extended);
                }
            }
        };
    }
}
