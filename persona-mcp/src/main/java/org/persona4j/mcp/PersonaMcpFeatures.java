package org.persona4j.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.persona4j.ReadOptions;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.mcp.internal.CatalogFeatures;
import org.persona4j.mcp.internal.CatalogTools;

/**
 * What {@link PersonaMcpServer} serves, as the MCP Java SDK's specifications, for a server built elsewhere: by
 * Spring AI's MCP server support (the persona4j starter does this with {@code persona4j.mcp.enabled=true}) or by an
 * application's own {@code McpServer.sync(…)}. Prompts, resources and completions come from the catalog's snapshot
 * when asked; every handler reads the snapshot current at its request.
 *
 * <pre>{@code
 * PersonaMcpFeatures features = PersonaMcpFeatures.builder(catalogs::current).build();
 * McpSyncServer server = McpServer.sync(transport)
 *         .prompts(features.prompts())
 *         .resources(features.resources())
 *         .resourceTemplates(features.resourceTemplates())
 *         .tools(features.tools())
 *         .completions(features.completions())
 *         .build();
 * catalogs.onReload(c -> features.refresh(server));
 * }</pre>
 *
 * One instance serves one server: it remembers which prompts and resources it last gave, so that {@link #refresh}
 * changes only those and leaves the server's other features alone.
 */
public final class PersonaMcpFeatures {

    private final Supplier<PersonaCatalog> catalog;
    private final CatalogFeatures features;
    private final CatalogTools tools;
    private final boolean skillTools;
    private Map<String, McpSchema.Prompt> prompts = new LinkedHashMap<>();
    private Map<String, McpSchema.Resource> resources = new LinkedHashMap<>();

    private PersonaMcpFeatures(Builder b) {
        this.catalog = b.catalog;
        this.features = new CatalogFeatures(
                b.catalog, new CatalogFeatures.Limits(b.maxArgumentChars, b.maxArguments, b.maxFileBytes));
        this.tools = new CatalogTools(b.catalog, features.skills());
        this.skillTools = b.skillTools;
    }

    /**
     * @param catalog gives the current snapshot at each request, such as {@code () -> catalog} or
     *                {@code catalogs::current}
     * @return a builder with the defaults of {@link PersonaMcpServer}
     */
    public static Builder builder(Supplier<PersonaCatalog> catalog) {
        return new Builder(Objects.requireNonNull(catalog, "catalog"));
    }

    /** {@return a prompt for each persona of the current snapshot, named by its id, its variables its arguments} */
    public synchronized List<SyncPromptSpecification> prompts() {
        Map<String, SyncPromptSpecification> next = features.prompts(catalog.get());
        prompts = new LinkedHashMap<>();
        next.forEach((id, spec) -> prompts.put(id, spec.prompt()));
        return new ArrayList<>(next.values());
    }

    /** {@return a resource for each persona file and each file a skill bundles, of the current snapshot} */
    public synchronized List<SyncResourceSpecification> resources() {
        Map<String, SyncResourceSpecification> next = features.resources(catalog.get());
        resources = new LinkedHashMap<>();
        next.forEach((uri, spec) -> resources.put(uri, spec.resource()));
        return new ArrayList<>(next.values());
    }

    /** {@return the templates that read any persona file ({@code persona://personas/{id}}) or skill file} */
    public List<SyncResourceTemplateSpecification> resourceTemplates() {
        return features.templates();
    }

    /**
     * {@return {@code find_personas}, {@code render_persona} and, unless {@link Builder#skillTools(boolean)} left them
     * out, {@code list_skills}, {@code load_skill} and {@code read_skill_file}}
     */
    public List<SyncToolSpecification> tools() {
        return tools.tools(skillTools);
    }

    /**
     * {@return completions for the arguments of the current snapshot's prompts: a declared default, a boolean's
     * values}
     */
    public List<SyncCompletionSpecification> completions() {
        return features.completions(catalog.get());
    }

    /**
     * Brings a server's prompts and resources up to the current snapshot: each one added, changed or removed since
     * this object last gave them is changed in the server, which tells its clients that the list changed. A changed
     * prompt or resource is replaced in place, so no request between two steps finds it missing.
     *
     * @param server the server built with this object's prompts and resources
     * @return whether anything changed
     */
    public synchronized boolean refresh(McpSyncServer server) {
        PersonaCatalog snapshot = catalog.get();
        Map<String, SyncPromptSpecification> nextPrompts = features.prompts(snapshot);
        Map<String, SyncResourceSpecification> nextResources = features.resources(snapshot);
        boolean changed = false;
        for (String id : new ArrayList<>(prompts.keySet())) {
            if (!nextPrompts.containsKey(id)) {
                server.removePrompt(id);
                prompts.remove(id);
                changed = true;
            }
        }
        for (Map.Entry<String, SyncPromptSpecification> e : nextPrompts.entrySet()) {
            if (!e.getValue().prompt().equals(prompts.get(e.getKey()))) {
                server.addPrompt(e.getValue());
                prompts.put(e.getKey(), e.getValue().prompt());
                changed = true;
            }
        }
        for (String uri : new ArrayList<>(resources.keySet())) {
            if (!nextResources.containsKey(uri)) {
                server.removeResource(uri);
                resources.remove(uri);
                changed = true;
            }
        }
        for (Map.Entry<String, SyncResourceSpecification> e : nextResources.entrySet()) {
            if (!e.getValue().resource().equals(resources.get(e.getKey()))) {
                server.addResource(e.getValue());
                resources.put(e.getKey(), e.getValue().resource());
                changed = true;
            }
        }
        return changed;
    }

    /** The bounds on what a request may ask, and which tools to offer. Every option has a safe default. */
    public static final class Builder {
        private final Supplier<PersonaCatalog> catalog;
        private int maxArgumentChars = 65_536;
        private int maxArguments = 64;
        private int maxFileBytes = (int) ReadOptions.defaults().maxFileBytes();
        private boolean skillTools = true;

        private Builder(Supplier<PersonaCatalog> catalog) {
            this.catalog = catalog;
        }

        /**
         * @param value the longest value of one argument (default 65,536 characters); a longer one is an error
         *              naming the argument
         * @return this builder
         */
        public Builder maxArgumentChars(int value) {
            this.maxArgumentChars = positive(value, "maxArgumentChars");
            return this;
        }

        /**
         * @param value the most arguments one request may carry (default 64)
         * @return this builder
         */
        public Builder maxArguments(int value) {
            this.maxArguments = positive(value, "maxArguments");
            return this;
        }

        /**
         * @param value the largest file a resource read or a skill file read returns (default: the reader's limit)
         * @return this builder
         */
        public Builder maxFileBytes(int value) {
            this.maxFileBytes = positive(value, "maxFileBytes");
            return this;
        }

        /**
         * Whether {@link #tools()} includes the skill tools (default {@code true}); leave them out where the same
         * tools reach the server another way, such as Spring AI's tool callbacks.
         *
         * @param value whether to offer {@code list_skills}, {@code load_skill} and {@code read_skill_file}
         * @return this builder
         */
        public Builder skillTools(boolean value) {
            this.skillTools = value;
            return this;
        }

        /** {@return the features, over the catalog this builder was made with} */
        public PersonaMcpFeatures build() {
            return new PersonaMcpFeatures(this);
        }

        static int positive(int value, String name) { // shared with PersonaMcpServer.Builder
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
