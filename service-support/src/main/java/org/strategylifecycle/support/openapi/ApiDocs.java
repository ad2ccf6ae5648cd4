package org.strategylifecycle.support.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.web.RequestId;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The OpenAPI description both services serve: their own title, text and public URL, the logins they
 * share, the problem details every refusal is, and the request id every request may carry and every
 * answer carries. Built with swagger's model classes, so the published JSON is springdoc's output.
 */
public final class ApiDocs {

    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String COMPONENTS = "#/components/";

    private ApiDocs() {
    }

    /** The description of a service reached at {@code publicUrl}, with the components {@link #refusals} refers to. */
    public static OpenAPI describe(String title, String description, String publicUrl) {
        return new OpenAPI()
                .info(new Info().title(title).version("1").description(description))
                .servers(List.of(new Server().url(publicUrl)
                        .description("This service; its public URL is configurable (docs/operations.md)")))
                .components(new Components()
                        .addSecuritySchemes("basicAuth", new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Local demo users editor, auditor, viewer, admin; password = user name"))
                        .addSecuritySchemes("bearerAuth", new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("Under the prod profile: a JWT from the identity provider"))
                        .addSchemas(PROBLEM, problemSchema())
                        .addParameters(RequestId.HEADER, new HeaderParameter().name(RequestId.HEADER)
                                .description("""
                                        The request's correlation id, answered in the same header, in problem \
                                        details and stored with the events it records; the service makes one \
                                        when it is missing or not such a token.""")
                                .schema(new StringSchema().pattern("^[A-Za-z0-9._:\\-]{1,100}$"))
                                .example("dashboard-7f3a"))
                        .addHeaders(RequestId.HEADER, new Header()
                                .description("The request's correlation id (the client's X-Request-Id or one the service made)")
                                .schema(new StringSchema())))
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"))
                .addSecurityItem(new SecurityRequirement().addList("bearerAuth"));
    }

    /**
     * Adds a reference to the header parameter {@code name} of the components, once: springdoc hands an
     * operation that two handler methods share (one path, two media types) to the customizers twice.
     */
    public static void addHeaderParameter(Operation operation, String name) {
        Parameter parameter = new Parameter().$ref(COMPONENTS + "parameters/" + name);
        if (operation.getParameters() == null || !operation.getParameters().contains(parameter)) {
            operation.addParametersItem(parameter);
        }
    }

    /** A reference to a response header in the components. */
    public static Header header(String name) {
        return new Header().$ref(COMPONENTS + "headers/" + name);
    }

    /** The codes of the endpoint's {@link Refuses}: its own and those of the annotations it carries. */
    public static Set<ErrorCode> refusedBy(HandlerMethod handler) {
        return MergedAnnotations.from(handler.getMethod(), SearchStrategy.TYPE_HIERARCHY).stream(Refuses.class)
                .flatMap(refuses -> Arrays.stream(refuses.getEnumArray("value", ErrorCode.class)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Documents {@code codes} as the operation's error responses, one per status, each listing its codes
     * with their titles, and the request id header on every response: the X-Request-Id parameter too.
     */
    public static Operation refusals(Operation operation, Collection<ErrorCode> codes) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<Integer, List<ErrorCode>> byStatus = codes.stream()
                .collect(Collectors.groupingBy(ErrorCode::status, TreeMap::new, Collectors.toList()));
        byStatus.forEach((status, group) -> responses.addApiResponse(String.valueOf(status), refusal(status, group)));
        responses.values().forEach(response -> response.addHeaderObject(RequestId.HEADER, header(RequestId.HEADER)));
        operation.setResponses(responses);
        addHeaderParameter(operation, RequestId.HEADER);
        return operation;
    }

    private static ApiResponse refusal(int status, List<ErrorCode> codes) {
        String list = codes.stream().sorted()
                .map(code -> "- `" + code.name() + "`: " + code.title())
                .collect(Collectors.joining("\n"));
        MediaType problem = new MediaType().schema(new Schema<>().$ref(COMPONENTS + "schemas/" + PROBLEM));
        return new ApiResponse()
                .description(HttpStatus.valueOf(status).getReasonPhrase() + ", with one of these codes:\n\n" + list)
                .content(new Content().addMediaType(PROBLEM_JSON, problem));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        List codes = Arrays.stream(ErrorCode.values()).map(Enum::name).toList();
        return new ObjectSchema()
                .description("""
                        A refusal as RFC 9457 problem details (application/problem+json). `code` says what \
                        went wrong in a word a program can switch on; `status` is the HTTP status it is \
                        always answered with; nothing was recorded (an INTERNAL_ERROR cannot say so: retry a \
                        command with its Idempotency-Key, which answers the first result if it was).""")
                .addProperty("type", new StringSchema().description("A URI for the kind of problem; about:blank"))
                .addProperty("title", new StringSchema().description("The code's title"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What was wrong with this request"))
                .addProperty("instance", new StringSchema().description("The request's path"))
                .addProperty("code", new StringSchema()._enum(codes).description("The error code (ErrorCode)"))
                .addProperty(RequestId.KEY, new StringSchema().description("The request's X-Request-Id"))
                .addProperty("field", new StringSchema()
                        .description("For a value that could not be read: its JSON path or parameter name"))
                .addProperty("element", new StringSchema()
                        .description("For a refused StratML import: the element whose command was refused"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                                .addProperty("line", new IntegerSchema())
                                .addProperty("column", new IntegerSchema())
                                .addProperty("message", new StringSchema()))
                        .description("For a StratML document the schema refuses (STRATML_INVALID): its schema errors in "
                                + "document order, the first 50"))
                .addProperty("errorCount", new IntegerSchema()
                        .description("For STRATML_INVALID: how many schema errors the document has, listed or not"))
                .required(List.of("status", "code"));
    }
}
