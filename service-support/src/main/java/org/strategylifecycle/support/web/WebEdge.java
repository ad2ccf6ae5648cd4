package org.strategylifecycle.support.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.InstantFormatter;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The HTTP edge both services share, so that nothing a client sends is answered with a 500 or an
 * HTML page: Tomcat's refusals and Spring's error forwarding as problem details, a request id on every
 * request, request targets with control characters and bodies in a content coding refused first,
 * date parameters bounded to what PostgreSQL can hold, and the parameters asked of JSON ignored.
 */
@Configuration(proxyBeanMethods = false)
public class WebEdge implements WebMvcConfigurer {

    /** The dates a parameter may name: years 1 to 9999, within PostgreSQL's date and timestamp ranges. */
    static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** First of all filters, so even a refused login is logged and answered with its id. */
    @Bean
    static FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Right after the request id, before security: a malformed target is refused whoever sends it. */
    @Bean
    FilterRegistrationBean<RequestTargetFilter> requestTargetFilter(JsonMapper json) {
        FilterRegistrationBean<RequestTargetFilter> registration = new FilterRegistrationBean<>(new RequestTargetFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Beside the target's check: a body in a content coding is refused whoever sends it. */
    @Bean
    FilterRegistrationBean<ContentCodingFilter> contentCodingFilter(JsonMapper json) {
        FilterRegistrationBean<ContentCodingFilter> registration = new FilterRegistrationBean<>(new ContentCodingFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
        return registration;
    }

    /**
     * Replaces Tomcat's error report valve on the host. Ordered last, so that it runs after Spring
     * Boot's own customizer, which adds a plain {@link ErrorReportValve} there.
     */
    @Bean
    static WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports() {
        return new ProblemValveCustomizer();
    }

    private static final class ProblemValveCustomizer
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** The Accept header alone, as by default, with {@link JsonAcceptParametersIgnored}. */
    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new JsonAcceptParametersIgnored()));
    }

    /**
     * JSON's media type has no parameters: none is defined, and a charset "really has no effect on
     * compliant recipients" (RFC 8259, section 11); it is always UTF-8. Kept, a charset in
     * {@code Accept} ({@code application/json; charset=ISO-8859-1}) matched an endpoint that produces
     * JSON, and then no converter would write it: a 500, after the command had been recorded; and any
     * other parameter was echoed into the answer's Content-Type. Only the quality value is kept.
     */
    static final class JsonAcceptParametersIgnored extends HeaderContentNegotiationStrategy {

        @Override
        public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
            return super.resolveMediaTypes(request).stream().map(JsonAcceptParametersIgnored::bare).toList();
        }

        private static MediaType bare(MediaType type) {
            boolean json = type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
            if (!json || type.getParameters().isEmpty()) {
                return type;
            }
            return new MediaType(type.getType(), type.getSubtype()).copyQualityValue(type);
        }
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new BoundedDate());
        registry.addFormatterForFieldType(Instant.class, new BoundedInstant());
    }

    /** A date parameter: yyyy-MM-dd, years 1 to 9999. */
    static final class BoundedDate implements Formatter<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            try {
                return bounded(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE), text);
            } catch (DateTimeException e) {
                throw new ParseException(text + " is not a date as yyyy-MM-dd", 0);
            }
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return date.toString();
        }
    }

    /** An instant parameter (ISO-8601, e.g. 2024-01-31T12:00:00Z), years 1 to 9999. */
    static final class BoundedInstant extends InstantFormatter {

        @Override
        public Instant parse(String text, Locale locale) throws ParseException {
            Instant instant;
            try {
                instant = super.parse(text, locale);
            } catch (DateTimeException e) {
                throw new ParseException(text + " is not an instant", 0);
            }
            if (instant.isBefore(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant())
                    || !instant.isBefore(LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
                throw new ParseException(text + " lies outside the years 1 to 9999", 0);
            }
            return instant;
        }
    }

    private static LocalDate bounded(LocalDate date, String text) throws ParseException {
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new ParseException(text + " lies outside the years 1 to 9999", 0);
        }
        return date;
    }
}
