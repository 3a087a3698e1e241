package th.tidtam.base.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outer net for a database outage that surfaces before any controller: the login of a Basic request (its
 * counters, the audit row of the login) runs in the security filters, where no exception resolver sees it. Without
 * this the failure went to the error page and the caller was told "please log in" (401) instead of "try again" (503).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseOutageFilterRegistration(DatabaseOutageProblems outage) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | IOException | RuntimeException e) {
                    if (!outage.writeIfOutage(request, response, e)) {
                        throw e;
                    }
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("databaseOutageFilter");
        // ahead of Spring Security's filter chain (order -100)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }
}
