package th.tidtam.process;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import th.tidtam.process.EngineAuthentication.EngineCaller;

/**
 * The administrator who is logged in to Tidtam is logged in to Camunda's webapps and REST API too: Spring Security
 * has already authenticated the request and required an administrator's role; the engine is then told the user, the
 * groups of the chain of command and the tenants (provinces) they may see ({@link EngineAuthentication}). No second
 * login, no second password; a province's administrator sees their province's processes only.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication(
            EngineAuthentication authentication) {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new WebappAuthentication(new SpringCaller(authentication)));
        // after Spring Security's filter chain (order -100), which has set the principal
        registration.setOrder(101);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        return registration;
    }

    /** The engine REST API has no authentication of its own: the caller's engine identity is set for the request. */
    @Bean
    FilterRegistrationBean<EngineRestAuthentication> engineRestAuthentication(EngineAuthentication authentication,
            IdentityService identityService) {
        FilterRegistrationBean<EngineRestAuthentication> registration = new FilterRegistrationBean<>(
                new EngineRestAuthentication(authentication, identityService));
        registration.setOrder(101);
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    /** Camunda's container-based single sign-on, with the provider given instead of instantiated by class name. */
    static final class WebappAuthentication extends ContainerBasedAuthenticationFilter {

        WebappAuthentication(AuthenticationProvider provider) {
            this.authenticationProvider = provider;
        }

        @Override
        public void init(FilterConfig filterConfig) {
            // the provider is already set
        }
    }

    /** The servlet request's principal (set by Spring Security) with its groups and tenants. */
    static final class SpringCaller implements AuthenticationProvider {

        private final EngineAuthentication authentication;

        SpringCaller(EngineAuthentication authentication) {
            this.authentication = authentication;
        }

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Optional<EngineCaller> caller = authentication.current();
            if (caller.isEmpty() || request.getUserPrincipal() == null) {
                return AuthenticationResult.unsuccessful();
            }
            AuthenticationResult result = AuthenticationResult.successful(caller.get().userId());
            result.setGroups(caller.get().groupIds());
            result.setTenants(caller.get().tenantIds());
            return result;
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Spring Security challenges
        }
    }

    static final class EngineRestAuthentication extends OncePerRequestFilter {

        private final EngineAuthentication authentication;
        private final IdentityService identityService;

        EngineRestAuthentication(EngineAuthentication authentication, IdentityService identityService) {
            this.authentication = authentication;
            this.identityService = identityService;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<EngineCaller> caller = authentication.current();
            if (caller.isEmpty()) {
                // Spring Security lets administrators alone through; should anyone else arrive, the engine stays shut
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            identityService.setAuthentication(caller.get().userId(), caller.get().groupIds(), caller.get().tenantIds());
            try {
                chain.doFilter(request, response);
            } finally {
                identityService.clearAuthentication();
            }
        }
    }
}
