package org.persona4j.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.persona4j.ReadOptions;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.mcp.internal.HttpEndpoint;

/**
 * A Model Context Protocol server over a persona catalog, on the official MCP Java SDK, over stdio or Streamable
 * HTTP (protocol versions 2025-11-25 and 2025-06-18):
 *
 * <ul>
 *   <li><b>prompts</b>: every persona is a prompt named by its id, its declared variables its arguments;
 *       {@code prompts/get} renders it as {@code persona render --lenient} does, and a bad argument is a JSON-RPC
 *       error naming it; {@code completion/complete} offers a declared variable's default and a boolean's values;
 *   <li><b>resources</b>: each persona file ({@code persona://personas/ID}) and each file a skill bundles
 *       ({@code persona://skills/SKILL/PATH}), with templates for both; reads stay inside the catalog;
 *   <li><b>tools</b>: {@code find_personas}, {@code render_persona} and the skill tools ({@code list_skills},
 *       {@code load_skill}, {@code read_skill_file}), each with input and output schemas.
 * </ul>
 *
 * Every request reads the catalog's current snapshot; {@link #refresh()} brings the prompt and resource lists up to
 * date after a reload and tells clients ({@code notifications/prompts/list_changed},
 * {@code notifications/resources/list_changed}).
 *
 * <pre>{@code
 * try (PersonaMcpServer server = PersonaMcpServer.builder(() -> catalog).http(8080)) {
 *     ...
 * }
 * }</pre>
 */
public final class PersonaMcpServer implements AutoCloseable {

    private final McpSyncServer server;
    private final PersonaMcpFeatures features;
    private final HttpEndpoint http;

    private PersonaMcpServer(McpSyncServer server, PersonaMcpFeatures features, HttpEndpoint http) {
        this.server = server;
        this.features = features;
        this.http = http;
    }

    /**
     * @param catalog gives the current snapshot at each request, such as {@code () -> catalog} or
     *                {@code catalogs::current}
     * @return a builder with safe defaults: loopback only, no token, bounded requests and sessions
     */
    public static Builder builder(Supplier<PersonaCatalog> catalog) {
        return new Builder(Objects.requireNonNull(catalog, "catalog"));
    }

    /** {@return the HTTP port bound, or -1 over stdio} */
    public int port() {
        return http == null ? -1 : http.port();
    }

    /**
     * Brings the prompts and resources up to the current snapshot: each one added, changed or removed since the last
     * call is changed in the server, which tells every client that its list changed.
     *
     * @return whether anything changed
     */
    public boolean refresh() {
        return features.refresh(server);
    }

    /**
     * Stops serving. Over HTTP, the MCP SDK (2.2.0) leaves its session sweeper's thread, which is not a daemon,
     * running after its transport is closed; an application that waits for its last thread to end should call
     * {@code System.exit} once it is done.
     */
    @Override
    public void close() {
        server.closeGracefully();
        if (http != null) {
            http.close();
        }
    }

    /** How to serve: limits, HTTP's address, origins and token. Every option has a safe default. */
    public static final class Builder {
        private final Supplier<PersonaCatalog> catalog;
        private String name = "persona4j";
        private String version = "0.1.0";
        private String host = "127.0.0.1";
        private final List<String> origins =
                new ArrayList<>(List.of("http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"));
        private String token;
        private int maxArgumentChars = 65_536;
        private int maxArguments = 64;
        private int maxRequestBytes = 1 << 20;
        private int maxSessions = 256;
        private Duration idle = Duration.ofMinutes(10);
        private int maxFileBytes = (int) ReadOptions.defaults().maxFileBytes();

        private Builder(Supplier<PersonaCatalog> catalog) {
            this.catalog = catalog;
        }

        /**
         * @param name    the server's name in {@code initialize}
         * @param version its version
         * @return this builder
         */
        public Builder serverInfo(String name, String version) {
            this.name = Objects.requireNonNull(name, "name");
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * The address HTTP binds (default {@code 127.0.0.1}: this machine only).
         *
         * @param value an address such as {@code 127.0.0.1}, {@code ::1} or {@code 0.0.0.0}
         * @return this builder
         */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /**
         * Another browser origin allowed to call the HTTP endpoint (default: {@code http://localhost:*},
         * {@code http://127.0.0.1:*}, {@code http://[::1]:*}); a request from any other origin is refused with 403.
         *
         * @param value an origin such as {@code https://app.example.com}, {@code :*} for any port
         * @return this builder
         */
        public Builder allowOrigin(String value) {
            origins.add(Objects.requireNonNull(value, "origin"));
            return this;
        }

        /**
         * A bearer token every HTTP request must carry ({@code Authorization: Bearer TOKEN}); none by default.
         *
         * @param value the token, or {@code null} for none
         * @return this builder
         */
        public Builder token(String value) {
            this.token = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        /**
         * @param value the longest value of one argument (default 65,536 characters)
         * @return this builder
         */
        public Builder maxArgumentChars(int value) {
            this.maxArgumentChars = positive(value, "maxArgumentChars");
            return this;
        }

        /**
         * @param value the largest HTTP request body (default 1 MiB)
         * @return this builder
         */
        public Builder maxRequestBytes(int value) {
            this.maxRequestBytes = positive(value, "maxRequestBytes");
            return this;
        }

        /**
         * @param value the most HTTP sessions open at once (default 256); another is refused with 503
         * @return this builder
         */
        public Builder maxSessions(int value) {
            this.maxSessions = positive(value, "maxSessions");
            return this;
        }

        /**
         * @param value how long an HTTP session may be quiet before it is closed (default 10 minutes)
         * @return this builder
         */
        public Builder sessionIdleTimeout(Duration value) {
            this.idle = Objects.requireNonNull(value, "idle");
            return this;
        }

        /**
         * Serves over a pair of streams, as a client that starts the server as a process expects.
         *
         * @param in  the client's messages
         * @param out the server's messages; nothing else may be written to it
         * @return the running server
         */
        public PersonaMcpServer stdio(InputStream in, OutputStream out) {
            StdioServerTransportProvider transport =
                    new StdioServerTransportProvider(mapper(), in, out, maxRequestBytes);
            PersonaMcpFeatures features = features();
            McpSyncServer server = specified(McpServer.sync(transport), features);
            return new PersonaMcpServer(server, features, null);
        }

        /**
         * Serves Streamable HTTP at {@code http://HOST:PORT/mcp}.
         *
         * @param port the port, or 0 for any free one ({@link PersonaMcpServer#port()} tells which)
         * @return the running server
         * @throws IOException when the port cannot be bound
         */
        public PersonaMcpServer http(int port) throws IOException {
            List<String> hosts = new ArrayList<>(List.of("localhost:*", "127.0.0.1:*", "[::1]:*"));
            if (!host.equals("127.0.0.1") && !host.equals("::1") && !host.equals("0.0.0.0") && !host.equals("::")) {
                hosts.add(host + ":*");
            }
            HttpServletStreamableServerTransportProvider transport =
                    HttpServletStreamableServerTransportProvider.builder()
                            .jsonMapper(mapper())
                            .mcpEndpoint("/mcp")
                            .maxRequestSize(maxRequestBytes)
                            .sessionSweepInterval(idle)
                            .httpHeaderValidator(DefaultServerTransportSecurityValidator.builder()
                                    .allowedOrigins(origins)
                                    .allowedHosts(hosts)
                                    .build())
                            .build();
            PersonaMcpFeatures features = features();
            // Handlers run on Tomcat's request thread, as the SDK advises for servlet transports, instead of hopping
            // to a Reactor worker and back for each request.
            McpSyncServer server = specified(McpServer.sync(transport).immediateExecution(true), features);
            HttpEndpoint endpoint;
            try {
                endpoint = new HttpEndpoint(
                        transport, host, port, new HttpEndpoint.Guard(token, maxRequestBytes, maxSessions, idle));
            } catch (IOException e) {
                server.closeGracefully();
                throw e;
            }
            return new PersonaMcpServer(server, features, endpoint);
        }

        private PersonaMcpFeatures features() {
            return PersonaMcpFeatures.builder(catalog)
                    .maxArgumentChars(maxArgumentChars)
                    .maxArguments(maxArguments)
                    .maxFileBytes(maxFileBytes)
                    .build();
        }

        private McpSyncServer specified(McpServer.SyncSpecification<?> spec, PersonaMcpFeatures features) {
            return spec.serverInfo(name, version)
                    .instructions(
                            "Personas, prompts and Agent Skills of a persona4j catalog: each persona is a prompt; "
                                    + "find_personas finds the ones for a task; the skill tools load a skill when it is "
                                    + "needed.")
                    .capabilities(McpSchema.ServerCapabilities.builder()
                            .prompts(true)
                            .resources(false, true)
                            .tools(false)
                            .completions()
                            .build())
                    .prompts(features.prompts())
                    .resources(features.resources())
                    .resourceTemplates(features.resourceTemplates())
                    .tools(features.tools())
                    .completions(features.completions())
                    .build();
        }

        private static McpJsonMapper mapper() {
            return new JacksonMcpJsonMapper(new ObjectMapper());
        }

        private static int positive(int value, String name) {
            return PersonaMcpFeatures.Builder.positive(value, name);
        }
    }
}
