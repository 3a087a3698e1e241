package th.tidtam.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.api.DatabaseOutageProblems;
import th.tidtam.security.ui.LoginView;

/**
 * Five filter chains: Camunda's REST API (administrators; a province's administrator read-only) and webapps
 * (the installation's administrator), the application's JSON API (session with CSRF token, or HTTP Basic for scripts), the Prometheus endpoint (administrators' API tokens only), and the
 * Vaadin UI (login form). Every password login goes through
 * {@link ThrottledAuthenticationProvider}. Browsers are never challenged with HTTP Basic: a browser that has once
 * answered a Basic prompt sends those credentials with every request, including those a hostile page triggers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String REALM = "Tidtam";

    /** Vaadin Flow 24.9 evaluates server-sent JavaScript with new Function and injects inline styles and scripts. */
    static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-src 'self'; worker-src 'self' blob:; frame-ancestors 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'";
    /** JSON, files and SVG: nothing in an API answer may run, even if a file is opened directly. */
    static final String API_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
            + "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiProblems problems;
    private final DatabaseOutageProblems outage;

    SecurityConfiguration(ApiProblems problems, DatabaseOutageProblems outage) {
        this.problems = problems;
        this.outage = outage;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The one authentication provider of every chain (Spring picks up a single provider bean globally). */
    @Bean
    AuthenticationProvider tidtamAuthentication(PositionUserDetailsService users, PasswordEncoder passwordEncoder,
            LoginAttempts attempts, ApiTokens tokens, SecondFactors secondFactors) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, attempts, users, tokens, secondFactors);
    }

    /**
     * Spring's standard success and failure events (what the audit log listens to), with the refusals of locked
     * usernames and blocked addresses mapped to failure events too.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(LoginRefused.AccountLockedOut.class,
                AuthenticationFailureLockedEvent.class, LoginRefused.TooManyLoginAttempts.class,
                LoginRefused.AuthenticationFailureThrottledEvent.class, LoginRefused.PasswordNotAccepted.class,
                LoginRefused.AuthenticationFailurePasswordNotAcceptedEvent.class));
        return events;
    }

    /**
     * Camunda's REST API has no authentication of its own and 7.24.0 CE carries a known expression-injection
     * advisory: only administrators reach it. The REST API takes HTTP Basic only (no session); a state-changing
     * request sent by another site's page is refused before any credentials are looked at.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        // a province's administrator too, read-only (ProvinceAdminEngineAccess) and for their province (the process module)
        basicOnly(http, "/engine-rest/**", Roles.ADMIN, Roles.PROVINCE_ADMIN)
                .csrf(c -> c.disable())
                .headers(h -> commonHeaders(h).frameOptions(f -> f.deny())
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .addFilterBefore(refuseCrossSiteChanges(), BasicAuthenticationFilter.class)
                .addFilterBefore(tasklistOff(), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                // after authorisation: an anonymous or non-administrator caller learns nothing more than 401/403
                .addFilterAfter(new EngineQueryExpressionGuard(),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .addFilterAfter(new ProvinceAdminEngineAccess(),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        return http.build();
    }

    /** The webapps also accept the administrator's Tidtam session; a browser without one is sent to the login page. */
    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
        LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint scripts = unauthorized();
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                // not yet a province's administrator: the webapps' API was seen answering them another province's
                // instance (the engine identity of the webapps' session is not applied to every request)
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(b -> b.realmName(REALM).authenticationDetailsSource(BasicAuthenticationDetails.SOURCE).authenticationEntryPoint(scripts))
                // the Camunda webapps protect their own API with their CSRF filter
                .csrf(c -> c.disable())
                // the webapps send their own Content-Security-Policy, made for their AngularJS pages
                .headers(h -> commonHeaders(h).frameOptions(f -> f.sameOrigin()))
                .addFilterBefore(refuseCrossSiteChanges(), BasicAuthenticationFilter.class)
                .addFilterBefore(tasklistOff(), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    if (BrowserRequests.fromBrowser(request) && !BrowserRequests.sendsBasic(request)
                            && "navigate".equalsIgnoreCase(request.getHeader("Sec-Fetch-Mode"))) {
                        loginPage.commence(request, response, ex);
                    } else {
                        scripts.commence(request, response, ex);
                    }
                }).accessDeniedHandler(forbidden()))
                // the webapps' own API (/camunda/api/engine/...) runs the same task queries as /engine-rest
                .addFilterAfter(new EngineQueryExpressionGuard(),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        return http.build();
    }

    /** Camunda's Tasklist and the stored-filter API are off for everyone (issue 16): see {@link CamundaTasklistOff}. */
    private static CamundaTasklistOff tasklistOff() {
        return new CamundaTasklistOff();
    }

    /**
     * The JSON API: the browser's session or HTTP Basic for scripts; never a redirect to a login page. Every
     * state-changing request of a session needs the CSRF token ({@code GET /api/csrf}); a script's Basic request
     * carries no cookie a hostile page could ride on and needs none — unless a browser sends it from another site.
     */
    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        RequestMatcher api = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"));
        http.securityMatcher(api)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/v3/api-docs/**")).authenticated()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName(REALM).authenticationDetailsSource(BasicAuthenticationDetails.SOURCE).authenticationEntryPoint(unauthorized()))
                .csrf(c -> c.ignoringRequestMatchers(
                        request -> BrowserRequests.sendsBasic(request) && !BrowserRequests.crossSite(request)))
                .headers(h -> commonHeaders(h).frameOptions(f -> f.sameOrigin())
                        .contentSecurityPolicy(c -> c.policyDirectives(API_CSP)))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()));
        return http.build();
    }

    /** Administrators only, by HTTP Basic (an API token for scripts), with no session: the engine's REST and metrics. */
    private HttpSecurity adminsByBasicOnly(HttpSecurity http, String path) throws Exception {
        return basicOnly(http, path, Roles.ADMIN);
    }

    private HttpSecurity basicOnly(HttpSecurity http, String path, String... roles) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(path))
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(roles))
                .httpBasic(b -> b.realmName(REALM).authenticationDetailsSource(BasicAuthenticationDetails.SOURCE).authenticationEntryPoint(unauthorized()))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }

    /**
     * Micrometer's Prometheus endpoint (README, "Monitoring"): administrators only, by HTTP Basic with an API token as
     * every script here (an administrator's password is refused over Basic), no session. It tells how busy the
     * application is and how much work stands where — nothing for ordinary users, nor for anyone outside.
     */
    @Bean
    @Order(4)
    SecurityFilterChain prometheusChain(HttpSecurity http) throws Exception {
        adminsByBasicOnly(http, "/actuator/prometheus")
                // no session, no cookie: nothing a cross-site request could ride on
                .csrf(c -> c.disable())
                .headers(h -> commonHeaders(h).frameOptions(f -> f.deny())
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()));
        return http.build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/health")).permitAll()
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/feeds/calendar/*.ics")).permitAll()
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/images/**")).permitAll());
        http.authorizeHttpRequests(SecurityConfiguration::errorPage);
        http.httpBasic(b -> b.realmName(REALM).authenticationDetailsSource(BasicAuthenticationDetails.SOURCE).authenticationEntryPoint(unauthorized()));
        // the login form's failures land on /login?error; LoginView reads why (locked, blocked) from the session
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // session fixation: Spring's default changes the session id at login; said here so nobody turns it off
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        http.headers(h -> commonHeaders(h).frameOptions(f -> f.sameOrigin())
                .contentSecurityPolicy(c -> c.policyDirectives(UI_CSP)));
        return http.build();
    }

    /**
     * The error page answers every failed request, anonymous ones included: a calendar program whose feed request
     * failed must learn the real status (500, 404), not "please log in" (401) from the error dispatch. Asked for
     * directly, {@code /error} answers a 404 problem ({@code base.api.ErrorProblems}); it shows nothing else.
     */
    private static void errorPage(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/error")).permitAll();
    }

    /** nosniff, HSTS (Spring writes it only on requests that arrived over HTTPS) and cache control stay Spring's defaults. */
    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }

    /**
     * 401 for a wrong or missing password, 423 for a locked username, 429 with Retry-After for a blocked address.
     * Scripts get the Basic challenge; browsers get a scheme they cannot answer with a password prompt.
     */
    private AuthenticationEntryPoint unauthorized() {
        // set the status here: sendError would dispatch to /error, which the Vaadin chain answers with a redirect
        return (request, response, ex) -> {
            // every login looks the user up in the database: with the database down the caller must hear
            // "database unavailable, try again" (503), not "wrong password" (401)
            if (outage.writeIfOutage(request, response, ex)) {
                return;
            }
            if (ex instanceof LoginRefused.AccountLockedOut locked) {
                long seconds = LoginRefused.secondsUntil(locked.lockedUntil());
                writeProblem(response, problems.problem(HttpStatus.LOCKED, "login.locked.message", minutes(seconds)));
                return;
            }
            if (ex instanceof LoginRefused.TooManyLoginAttempts blocked) {
                long seconds = LoginRefused.secondsUntil(blocked.blockedUntil());
                response.setHeader("Retry-After", Long.toString(seconds));
                writeProblem(response, problems.problem(HttpStatus.TOO_MANY_REQUESTS, "login.throttled.message",
                        minutes(seconds)));
                return;
            }
            if (ex instanceof LoginRefused.PasswordNotAccepted) {
                // a second factor is enrolled or required: the script must send an API token instead
                writeProblem(response, problems.problem(HttpStatus.UNAUTHORIZED, "twofactor.basic.use-token"));
                return;
            }
            response.setHeader("WWW-Authenticate", BrowserRequests.fromBrowser(request)
                    ? "Session realm=\"" + REALM + "\"" : "Basic realm=\"" + REALM + "\"");
            writeProblem(response, problems.problem(HttpStatus.UNAUTHORIZED, "error.unauthorized"));
        };
    }

    private AccessDeniedHandler forbidden() {
        return (request, response, ex) -> writeProblem(response,
                problems.problem(HttpStatus.FORBIDDEN, ex instanceof CsrfException ? "error.csrf" : "error.forbidden"));
    }

    private OncePerRequestFilter refuseCrossSiteChanges() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (BrowserRequests.changesState(request) && BrowserRequests.crossSite(request)) {
                    writeProblem(response, problems.problem(HttpStatus.FORBIDDEN, "error.cross-site"));
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static long minutes(long seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }

    private static void writeProblem(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
