package org.persona4j.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.persona4j.PersonaFiles;
import org.persona4j.TerminalText;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.mcp.PersonaMcpServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code persona serve}: the catalog as a Model Context Protocol server, over stdio or Streamable HTTP. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve personas, prompts and skills to agents over the Model Context Protocol: each persona is a prompt,",
            "each persona and skill file a resource, with tools to find and render personas and to load skills.",
            "Over stdio (the default) the agent starts the command; with --http it listens on 127.0.0.1."
        },
        footer = {"", "Exit codes: 0 the client closed the connection, 2 usage or I/O error."})
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(paramLabel = "DIR|FILE", description = "Persona folders and files (default: the bundled personas).")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    CatalogOption catalogOption = new CatalogOption();

    @Option(names = "--stdio", description = "Serve over standard input and output (the default).")
    boolean stdio;

    @Option(names = "--http", paramLabel = "PORT", description = "Serve Streamable HTTP at http://HOST:PORT/mcp.")
    Integer http;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "The address --http binds (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(
            names = "--allow-origin",
            paramLabel = "ORIGIN",
            description = "Another browser origin allowed to call --http, such as https://app.example.com "
                    + "(repeatable; localhost origins always are).")
    List<String> origins = new ArrayList<>();

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "A file holding the bearer token every --http request must carry (never on the command "
                    + "line, where other users see it).")
    Path tokenFile;

    @Option(
            names = "--watch",
            description = "Reload when files change, and tell clients that the prompt and resource lists changed.")
    boolean watch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * How often --watch looks at the files: each look is one catalog reload (every file's bytes and front matter,
     * bodies only when asked) and a refresh of the server's lists.
     */
    static final long WATCH_MILLIS = 1_000;

    @Override
    public Integer call() {
        QuietLogging.unlessBound();
        PrintWriter err = spec.commandLine().getErr();
        if (stdio && http != null) {
            err.println("persona: --stdio and --http exclude each other; give one");
            return ExitCodes.USAGE_OR_IO;
        }
        AtomicReference<PersonaCatalog> current = new AtomicReference<>();
        String token;
        try {
            current.set(catalog());
            token = tokenFile == null
                    ? null
                    : new String(PersonaFiles.readSmallFile(tokenFile, 4096), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            err.println("persona: " + TerminalText.escape(String.valueOf(e.getMessage())));
            return ExitCodes.USAGE_OR_IO;
        }
        if (tokenFile != null && token.isEmpty()) {
            err.println("persona: the token file " + TerminalText.escape(tokenFile.toString()) + " is empty");
            return ExitCodes.USAGE_OR_IO;
        }
        current.get().diagnostics().forEach(err::println);
        current.get().failures().values().forEach(list -> list.forEach(err::println));
        PersonaMcpServer.Builder builder = PersonaMcpServer.builder(current::get)
                .serverInfo("persona4j", org.persona4j.Personas.version())
                .host(host)
                .token(token);
        origins.forEach(builder::allowOrigin);
        CountDownLatch closed = new CountDownLatch(1);
        PersonaMcpServer server;
        java.io.PrintStream protocol = System.out;
        try {
            if (http != null) {
                server = builder.http(http);
                err.println("persona: serving " + current.get().size() + " persona(s) at http://"
                        + TerminalText.escape(host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
                        + "/mcp");
            } else {
                // Standard output is the protocol's alone: a logging binding on PERSONA_CLASSPATH that writes to it
                // (logback's default), or any library's println, goes to standard error instead of into a message.
                // Moved before the server starts, which may answer at once.
                System.setOut(System.err);
                server = builder.stdio(new EndAware(System.in, closed), protocol);
            }
        } catch (IOException | IllegalArgumentException e) {
            System.setOut(protocol);
            err.println("persona: " + TerminalText.escape(String.valueOf(e.getMessage())));
            return ExitCodes.USAGE_OR_IO;
        }
        err.flush();
        ScheduledExecutorService watcher = null;
        if (watch) {
            watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "persona-serve-watch");
                t.setDaemon(true);
                return t;
            });
            watcher.scheduleWithFixedDelay(
                    () -> {
                        try {
                            current.set(current.get().reload());
                            server.refresh();
                        } catch (IOException | RuntimeException e) {
                            // the current snapshot stays; the next look tries again
                        }
                    },
                    WATCH_MILLIS,
                    WATCH_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
        try {
            closed.await(); // stdio: until the client closes the stream; HTTP: until the process is stopped
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (watcher != null) {
                watcher.shutdownNow();
            }
            server.close();
            System.setOut(protocol);
        }
        return 0;
    }

    private PersonaCatalog catalog() throws IOException {
        PersonaCatalog.Builder b = PersonaCatalog.builder();
        List<Path> roots = new ArrayList<>(paths);
        if (catalogOption.dir != null) {
            roots.add(catalogOption.dir);
        }
        for (Path p : roots) {
            if (Files.isDirectory(p)) {
                b.directory(p);
            } else if (Files.isRegularFile(p)) {
                b.file(p);
            } else {
                throw new IOException(p + ": no such file or directory");
            }
        }
        if (roots.isEmpty()) {
            b.classpath(BundledPersonas.FOLDER_NAME);
        }
        return b.build();
    }

    /** Standard input that says when the client closed it. */
    private static final class EndAware extends FilterInputStream {
        private final CountDownLatch closed;

        EndAware(InputStream in, CountDownLatch closed) {
            super(in);
            this.closed = closed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                closed.countDown();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n < 0) {
                closed.countDown();
            }
            return n;
        }
    }
}
