package th.tidtam.audit.service;

import java.time.Clock;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

import th.tidtam.audit.domain.AuditEntries;
import th.tidtam.directive.service.DirectiveSecrecy;

/**
 * Wires the change listener into Hibernate for every entity, turns on the publication of access-denied events by
 * method security (URL rules publish them already), and the daily purge's scheduling.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
@EnableScheduling
class AuditConfiguration {

    /**
     * The listener reaches the repository and the actor lookup lazily: the entity manager factory is built before
     * them, and they are first needed at the first flush.
     */
    @Bean
    HibernatePropertiesCustomizer auditChangeListenerRegistration(ObjectProvider<AuditEntries> entries,
            ObjectProvider<AuditActors> actors, ObjectProvider<DirectiveSecrecy> directives, Clock clock,
            AuditProperties properties) {
        return hibernateProperties -> hibernateProperties.put("hibernate.integrator_provider",
                (IntegratorProvider) () -> List.of(new Integrator() {
                    @Override
                    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                            SessionFactoryImplementor sessionFactory) {
                        AuditChangeListener listener = new AuditChangeListener(actors::getObject,
                                entries::getObject, directives::getObject, clock, properties.excludedEntities());
                        EventListenerRegistry registry = sessionFactory.getServiceRegistry()
                                .getService(EventListenerRegistry.class);
                        registry.appendListeners(EventType.POST_INSERT, listener);
                        registry.appendListeners(EventType.POST_UPDATE, listener);
                        registry.appendListeners(EventType.POST_DELETE, listener);
                    }

                    @Override
                    public void disintegrate(SessionFactoryImplementor sessionFactory,
                            SessionFactoryServiceRegistry serviceRegistry) {
                    }
                }));
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
