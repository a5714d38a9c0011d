package org.persona4j.examples;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.persona4j.Persona;
import org.persona4j.render.RenderFormat;
import org.persona4j.render.RenderOptions;

/**
 * Builds an OpenAI-style chat completion request for a persona and a question, with the JDK's HTTP client types.
 * Sending it is one line ({@code HttpClient.newHttpClient().send(request, BodyHandlers.ofString())}); the example
 * stops before the network.
 */
public final class OpenAiRequest {

    private OpenAiRequest() {}

    /** The request body, complete: the model, the rendered system message and the question. */
    static String body(Persona persona, String model, String question) {
        return persona.render(RenderOptions.builder()
                        .format(RenderFormat.OPENAI)
                        .model(model)
                        .userMessage(question)
                        .build())
                .text();
    }

    /** A POST to {@code baseUrl + /chat/completions}, authorised with the key. */
    public static HttpRequest request(URI baseUrl, String apiKey, Persona persona, String model, String question) {
        return HttpRequest.newBuilder(baseUrl.resolve("chat/completions"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body(persona, model, question)))
                .build();
    }
}
