package th.tidtam.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import th.tidtam.security.ui.LoginView;

/**
 * Three filter chains: Camunda's REST API and webapps (administrators only), the application's JSON API
 * (session or HTTP Basic), and the Vaadin UI (login form).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String REALM = "Tidtam";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Camunda's REST API has no authentication of its own and 7.24.0 CE carries a known expression-injection
     * advisory: only administrators reach it. The REST API takes HTTP Basic only (no session, so no CSRF risk);
     * the webapps also accept the administrator's Tidtam session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(unauthorized()))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                // after authorisation: an anonymous or non-administrator caller learns nothing more than 401/403
                .addFilterAfter(new EngineQueryExpressionGuard(),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(unauthorized()))
                // the Camunda webapps protect their own API with their CSRF filter
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                // the webapps' own API (/camunda/api/engine/...) runs the same task queries as /engine-rest
                .addFilterAfter(new EngineQueryExpressionGuard(),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        return http.build();
    }

    /** The JSON API: the browser's session (with CSRF) or HTTP Basic for scripts; never a redirect to a login page. */
    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        RequestMatcher api = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"));
        http.securityMatcher(api)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/v3/api-docs/**")).authenticated()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(unauthorized()))
                // scripts authenticate with Basic on every call and carry no cookie a third-party page could ride on
                .csrf(c -> c.ignoringRequestMatchers(request -> {
                    String auth = request.getHeader("Authorization");
                    return auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6);
                }))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()));
        return http.build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/health")).permitAll()
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/images/**")).permitAll());
        http.httpBasic(Customizer.withDefaults());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.headers(h -> h.frameOptions(f -> f.sameOrigin())
                .referrerPolicy(r -> r.policy(org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    private static AuthenticationEntryPoint unauthorized() {
        // set the status here: sendError would dispatch to /error, which the Vaadin chain answers with a redirect
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            writeStatus(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized");
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, ex) -> writeStatus(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden");
    }

    private static void writeStatus(HttpServletResponse response, int status, String title) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"title\":\"" + title + "\"}");
    }
}
