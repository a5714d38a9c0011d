package org.persona4j.mcp.internal;

import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * The Streamable HTTP endpoint: the MCP SDK's servlet in an embedded Tomcat bound to one address, behind a guard
 * that checks, before the SDK sees a request, the bearer token (when one is set), the request's declared size, and
 * the number of open sessions. The SDK itself checks {@code Origin} and {@code Host} (DNS rebinding) and the body's
 * actual size.
 */
public final class HttpEndpoint implements AutoCloseable {

    /** Tomcat's own logging, kept to warnings: it writes to standard error, which a user reads. */
    private static final java.util.logging.Logger TOMCAT = java.util.logging.Logger.getLogger("org.apache");

    static {
        TOMCAT.setLevel(java.util.logging.Level.WARNING);
    }

    /** The header of a session's id. */
    static final String SESSION = "Mcp-Session-Id";

    private final Tomcat tomcat;
    private final Path base;
    private final int port;

    /**
     * The guard's bounds and secret.
     *
     * @param token           the bearer token a request must carry, or {@code null} for none
     * @param maxRequestBytes the largest request body taken
     * @param maxSessions     the most sessions open at once
     * @param idle            how long a session may be quiet before it no longer counts (and the SDK evicts it)
     */
    public record Guard(String token, int maxRequestBytes, int maxSessions, Duration idle) {}

    /**
     * Starts the endpoint.
     *
     * @param provider the SDK's transport, which serves {@code /mcp}
     * @param host     the address to bind, such as {@code 127.0.0.1}
     * @param port     the port, or 0 for any free one
     * @param guard    the guard's bounds
     * @throws IOException when the port cannot be bound
     */
    public HttpEndpoint(HttpServletStreamableServerTransportProvider provider, String host, int port, Guard guard)
            throws IOException {
        this.base = Files.createTempDirectory("persona-mcp-tomcat");
        this.tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        Connector connector = new Connector();
        connector.setPort(port);
        connector.setProperty("address", host);
        connector.setMaxPostSize(guard.maxRequestBytes());
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", null);
        if (context instanceof org.apache.catalina.core.StandardContext standard) {
            // One servlet of ours, no web application: nothing for Tomcat's leak detection to clear on stop, and
            // its reflective checks would only print warnings about module access.
            standard.setClearReferencesRmiTargets(false);
            standard.setClearReferencesThreadLocals(false);
        }
        Wrapper wrapper = Tomcat.addServlet(context, "mcp", new Guarded(provider, guard));
        wrapper.setAsyncSupported(true);
        context.addServletMapping("/*", "mcp");
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            close();
            throw new IOException("cannot serve HTTP on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        this.port = connector.getLocalPort();
        if (this.port < 0) {
            close();
            throw new IOException("cannot serve HTTP on " + host + ":" + port + " (is the port in use?)");
        }
    }

    /** {@return the port bound} */
    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            // stopping a server that failed to start leaves nothing to release
        }
        try (Stream<Path> files = Files.walk(base)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is removed by the system
        }
    }

    /** The guard before the SDK's servlet. */
    private static final class Guarded extends HttpServlet {
        private static final long serialVersionUID = 1L;

        private final transient HttpServletStreamableServerTransportProvider provider;
        private final transient Guard guard;
        private final transient byte[] expected;
        /** Open sessions by id, with when each was last used. */
        private final transient Map<String, Long> sessions = new ConcurrentHashMap<>();

        Guarded(HttpServletStreamableServerTransportProvider provider, Guard guard) {
            this.provider = provider;
            this.guard = guard;
            this.expected = guard.token() == null ? null : ("Bearer " + guard.token()).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void init(ServletConfig config) throws ServletException {
            super.init(config);
            provider.init(config);
        }

        @Override
        public void destroy() {
            provider.destroy(); // stops the SDK's session sweeper, a thread that would keep the JVM alive
            super.destroy();
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
            if (expected != null) {
                String given = req.getHeader("Authorization");
                byte[] bytes = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
                if (!MessageDigest.isEqual(expected, bytes)) {
                    resp.setHeader("WWW-Authenticate", "Bearer");
                    refuse(resp, HttpServletResponse.SC_UNAUTHORIZED, "a bearer token is required");
                    return;
                }
            }
            if (req.getContentLengthLong() > guard.maxRequestBytes()) {
                refuse(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the request is too large");
                return;
            }
            long now = System.nanoTime();
            sessions.values().removeIf(last -> now - last > guard.idle().toNanos());
            String session = req.getHeader(SESSION);
            boolean opening = session == null && "POST".equals(req.getMethod());
            if (opening && sessions.size() >= guard.maxSessions()) {
                refuse(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "too many sessions are open; close one");
                return;
            }
            if (session != null && session.length() <= 128 && sessions.containsKey(session)) {
                if ("DELETE".equals(req.getMethod())) {
                    sessions.remove(session);
                } else {
                    sessions.put(session, now);
                }
            }
            provider.service(req, resp);
            String opened = resp.getHeader(SESSION);
            if (opening && opened != null) {
                sessions.put(opened, now);
            }
        }

        private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
            resp.setStatus(status);
            resp.setContentType("text/plain;charset=UTF-8");
            resp.getWriter().write(message);
        }
    }
}
