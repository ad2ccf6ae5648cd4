package org.strategylifecycle.support.openapi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Swagger UI loads, over real HTTP as a browser does for a logged-in user: the page, its
 * initializer, the configuration it names, and the description that names. The URLs it follows are
 * absolute (the service's public URL), so a browser resolves none of them against a page URL that
 * carries credentials; here they are requested on the port the test service listens on.
 */
public final class SwaggerUi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SwaggerUi() {
    }

    public static void assertLoadsFor(String user, String serviceUrl, String publicUrl) throws IOException, InterruptedException {
        HttpResponse<String> welcome = get(serviceUrl + "/swagger-ui.html", user);
        assertThat(welcome.statusCode()).isEqualTo(302);
        String page = welcome.headers().firstValue("Location").orElseThrow();
        assertThat(page).endsWith("/swagger-ui/index.html");
        assertThat(get(serviceUrl + "/swagger-ui/index.html", user).body()).contains("swagger-initializer.js");

        String initializer = get(serviceUrl + "/swagger-ui/swagger-initializer.js", user).body();
        String configUrl = publicUrl + "/v3/api-docs/swagger-config";
        assertThat(initializer).contains("\"configUrl\" : \"" + configUrl + "\"");

        HttpResponse<String> config = get(onService(configUrl, serviceUrl, publicUrl), user);
        assertThat(config.statusCode()).as(config.body()).isEqualTo(200);
        assertThat(config.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode settings = JSON.readTree(config.body());
        assertThat(settings.path("configUrl").asString()).isEqualTo(configUrl);
        String apiDocs = settings.path("url").asString();
        assertThat(apiDocs).isEqualTo(publicUrl + "/v3/api-docs");

        HttpResponse<String> description = get(onService(apiDocs, serviceUrl, publicUrl), user);
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(description.body()).path("openapi").asString()).startsWith("3.");
        assertThat(get(onService(configUrl, serviceUrl, publicUrl), null).statusCode())
                .as("the configuration needs a login like everything else").isEqualTo(401);
    }

    private static String onService(String url, String serviceUrl, String publicUrl) {
        assertThat(url).startsWith(publicUrl);
        return serviceUrl + url.substring(publicUrl.length());
    }

    private static HttpResponse<String> get(String url, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
