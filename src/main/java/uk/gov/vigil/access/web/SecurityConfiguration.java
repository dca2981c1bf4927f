package uk.gov.vigil.access.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.gov.vigil.access.application.AccessTokens;
import uk.gov.vigil.access.application.AccountStore;
import uk.gov.vigil.shared.web.Problems;
import uk.gov.vigil.shared.web.RefusalAudit;

/**
 * Two filter chains. The API chain ({@code /api/**}, the OpenAPI document and the actuator) answers 401 and 403 as problem
 * details and never redirects; it accepts the session of a signed-in user and, only where
 * {@code vigil.security.http-basic-enabled} is set, HTTP Basic. The page chain uses form sign-in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String BASIC_REFUSED = "HTTP Basic authentication is not accepted here; sign in instead";

    private static final String PASSWORD_CHANGE_REQUIRED = "Your password is a one-time password: change it first,"
            + " on the Change your password page or with POST /api/v1/account/password";

    /** What anyone may reach without signing in. */
    private static final String[] OPEN_PAGES = {"/sign-in", "/sign-in/**", "/assets/**", "/govuk/**", "/css/**",
        "/js/**", "/error"};

    /** The page of {@code web.account.PasswordPageController}. */
    private static final String CHANGE_PASSWORD_PAGE = "/account/password";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, SecurityProperties properties, RefusalAudit refusals,
            SignInThrottle throttle, AccountStore accounts, AccessTokens tokens, Clock clock,
            ObjectProvider<JwtDecoder> jwtDecoder, ExternalUsers externalUsers) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
            if (properties.httpBasicEnabled()) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Vigil\"");
            }
            Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in required",
                    isBasic(request) && !properties.httpBasicEnabled() ? BASIC_REFUSED
                            : "Authenticate to use this API",
                    request);
        };
        RequestMatcher hasAuthorizationHeader = request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority("METRICS_READ")
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(hasAuthorizationHeader))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, ex) -> {
                            String detail = ex instanceof CsrfException
                                    ? "Missing or invalid CSRF token: send the token, or authenticate with an"
                                            + " Authorization header"
                                    : "Your role does not allow this";
                            refusals.refused(request, detail);
                            Problems.write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, request);
                        }));
        if (properties.httpBasicEnabled()) {
            http.httpBasic(basic -> basic.realmName("Vigil"));
        }
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(unauthenticated)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(token -> {
                        ExternalUsers.Result result = externalUsers.fromClaims(token.getClaims());
                        if (result.user() == null) {
                            throw new BadCredentialsException("Token refused: " + result.refusal());
                        }
                        return new ApiClientAuthentication(AccountPrincipal.authenticated(result.user()));
                    })));
        }
        http.addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .addFilterBefore(new PersonalAccessTokenFilter(tokens), BasicAuthenticationFilter.class)
                .addFilterAfter(new AccountStillValidFilter(accounts, clock,
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/account/password"),
                        (request, response) -> {
                            refusals.refused(request, PASSWORD_CHANGE_REQUIRED);
                            Problems.write(response, HttpStatus.FORBIDDEN, "password-change-required",
                                    "Password change required", PASSWORD_CHANGE_REQUIRED, request);
                        }), BasicAuthenticationFilter.class);
        strictTransport(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, SignInThrottle throttle, AccountStore accounts, Clock clock,
            ObjectProvider<ClientRegistrationRepository> identityProviders, ExternalUsers externalUsers)
            throws Exception {
        if (identityProviders.getIfAvailable() != null) {
            OidcUserService standard = new OidcUserService();
            http.oauth2Login(login -> login.loginPage("/sign-in").defaultSuccessUrl("/", false)
                    .failureHandler((request, response, ex) -> {
                        LoggerFactory.getLogger(SecurityConfiguration.class).warn("Sign-in through an identity"
                                + " provider failed: {}", ex.getMessage());
                        response.sendRedirect(request.getContextPath() + "/sign-in?error");
                    })
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(request -> {
                        OidcUser asserted = standard.loadUser(request);
                        ExternalUsers.Result result = externalUsers.fromClaims(asserted.getClaims());
                        if (result.user() == null) {
                            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied"),
                                    "Sign-in refused: " + result.refusal());
                        }
                        return new OidcAccountPrincipal(result.user(), asserted.getIdToken(), asserted.getUserInfo());
                    })));
        }
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN_PAGES).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/sign-in").defaultSuccessUrl("/", false).permitAll()
                        .authenticationDetailsSource(SignInDetails::new)
                        .failureHandler((request, response, ex) -> {
                            if (ex instanceof MfaEnrolmentRequiredException enrol) {
                                request.getSession().setAttribute(MfaEnrolmentController.ENROLLING,
                                        enrol.user().username());
                                response.sendRedirect(request.getContextPath() + "/sign-in/set-up-code");
                            } else {
                                response.sendRedirect(request.getContextPath() + "/sign-in?error");
                            }
                        }))
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AccountStillValidFilter(accounts, clock, whileChangingPassword(),
                        (request, response) -> response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE)),
                        SecurityContextHolderFilter.class)
                .sessionManagement(session -> session.invalidSessionUrl("/sign-in?timeout"))
                // Signing out deletes the session from the database; Spring Session then expires its cookie.
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"));
        strictTransport(http);
        return http.build();
    }

    /** The pages a session that must change its password may reach: the open ones, the change and signing out. */
    private static RequestMatcher whileChangingPassword() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        List<RequestMatcher> allowed = new ArrayList<>();
        for (String page : OPEN_PAGES) {
            allowed.add(paths.matcher(page));
        }
        allowed.add(paths.matcher(CHANGE_PASSWORD_PAGE));
        allowed.add(paths.matcher(HttpMethod.POST, "/sign-out"));
        return new OrRequestMatcher(allowed);
    }

    /** HSTS for a year, subdomains included, on every response to a request that came over HTTPS (ASVS 3.4.1). */
    private static void strictTransport(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                .maxAgeInSeconds(Duration.ofDays(365).toSeconds())));
    }

    private static boolean isBasic(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Bean
    WebMvcConfigurer vigilUserArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new VigilUserArgumentResolver());
            }
        };
    }
}
