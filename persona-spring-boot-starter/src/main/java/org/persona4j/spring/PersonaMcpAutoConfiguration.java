package org.persona4j.spring;

import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.persona4j.mcp.PersonaMcpFeatures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The application's personas through Spring AI's MCP server, with {@code persona4j.mcp.enabled=true} and a Spring AI
 * MCP server starter ({@code spring-ai-starter-mcp-server} for stdio, {@code spring-ai-starter-mcp-server-webmvc} for
 * Streamable HTTP) and {@code persona-mcp} on the class path: every persona a prompt, every persona file and skill
 * file a resource, and the tools of {@code persona serve}. Each reload of {@link PersonaCatalogs} that changes the
 * catalog changes the server's prompts and resources, which tells its clients.
 *
 * <p>Spring AI builds a synchronous server by default ({@code spring.ai.mcp.server.type=SYNC}); the features are made
 * for it. With {@code persona4j.skill-tools=true} the skill tools already reach the server as tool callbacks, so they
 * are not offered twice.
 */
@AutoConfiguration(after = PersonaAutoConfiguration.class)
@ConditionalOnClass(name = {"org.persona4j.mcp.PersonaMcpFeatures", "io.modelcontextprotocol.server.McpSyncServer"})
@ConditionalOnProperty(prefix = "persona4j.mcp", name = "enabled", havingValue = "true")
public class PersonaMcpAutoConfiguration {

    private static final Log LOG = LogFactory.getLog(PersonaMcpAutoConfiguration.class);

    /**
     * {@return the MCP features of the application's catalog, refreshed in the MCP server after each reload}
     *
     * @param catalogs   the application's catalog
     * @param properties whether the skill tools come as callbacks instead ({@code persona4j.skill-tools})
     * @param server     Spring AI's synchronous MCP server, once it is built
     */
    @Bean
    @ConditionalOnMissingBean
    public PersonaMcpFeatures personaMcpFeatures(
            PersonaCatalogs catalogs, PersonaProperties properties, ObjectProvider<McpSyncServer> server) {
        PersonaMcpFeatures features = PersonaMcpFeatures.builder(catalogs::current)
                .skillTools(!properties.skillTools())
                .build();
        catalogs.onReload(snapshot -> server.ifAvailable(s -> {
            try {
                features.refresh(s);
            } catch (RuntimeException e) {
                // The server keeps its previous prompts; the next reload tries again.
                LOG.warn("persona4j: the MCP server's prompts could not be brought up to date: " + e);
            }
        }));
        return features;
    }

    /**
     * {@return a prompt for each persona}
     *
     * @param features the catalog's MCP features
     */
    @Bean
    public List<SyncPromptSpecification> personaMcpPrompts(PersonaMcpFeatures features) {
        return features.prompts();
    }

    /**
     * {@return a resource for each persona file and skill file}
     *
     * @param features the catalog's MCP features
     */
    @Bean
    public List<SyncResourceSpecification> personaMcpResources(PersonaMcpFeatures features) {
        return features.resources();
    }

    /**
     * {@return the templates that read a persona or a skill file by URI}
     *
     * @param features the catalog's MCP features
     */
    @Bean
    public List<SyncResourceTemplateSpecification> personaMcpResourceTemplates(PersonaMcpFeatures features) {
        return features.resourceTemplates();
    }

    /**
     * {@return {@code find_personas}, {@code render_persona} and the skill tools}
     *
     * @param features the catalog's MCP features
     */
    @Bean
    public List<SyncToolSpecification> personaMcpTools(PersonaMcpFeatures features) {
        return features.tools();
    }

    /**
     * {@return completions for the prompts' arguments}
     *
     * @param features the catalog's MCP features
     */
    @Bean
    public List<SyncCompletionSpecification> personaMcpCompletions(PersonaMcpFeatures features) {
        return features.completions();
    }
}
