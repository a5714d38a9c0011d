import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The pre-commit hook's launcher, run from source by {@code java} (so a machine needs only Java 17): it gets the
 * persona CLI once into the hook repository's clone, which pre-commit keeps in its cache, then runs {@code persona}
 * with the hook's arguments. A released version is downloaded from Maven Central; a snapshot (a hook pinned to a
 * branch or a commit) is built from the clone, with the {@code mvn} on the PATH or, where there is none, Apache Maven
 * downloaded from Maven Central and checked against its published SHA-512.
 *
 * <p>Arguments: the clone's folder, then the arguments for {@code persona}.
 */
public final class PersonaHook {

    private static final String CENTRAL = "https://repo1.maven.org/maven2/";
    private static final String MAVEN = "3.9.9";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    public static void main(String[] args) throws Exception {
        Path clone = Path.of(args[0]).toAbsolutePath();
        Path cache = clone.resolve("target/pre-commit");
        Files.createDirectories(cache);
        Path jar = cache.resolve("persona.jar");
        // Hooks of several repositories may share the clone: one gets the CLI, the others wait for it.
        try (FileChannel channel = FileChannel.open(
                        cache.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            if (!Files.isRegularFile(jar)) {
                install(clone, cache, jar);
            }
        }
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(args).subList(1, args.length));
        System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
    }

    private static void install(Path clone, Path cache, Path jar) throws Exception {
        String version = projectVersion(clone.resolve("pom.xml"));
        if (!version.endsWith("-SNAPSHOT")) {
            String url = CENTRAL + "org/persona4j/persona-cli/" + version + "/persona-cli-" + version + "-all.jar";
            Path part = cache.resolve("persona.jar.part");
            if (download(url, part) && matches(part, url, "SHA-1", ".sha1", cache)) {
                Files.move(part, jar, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            System.err.println("persona hook: " + url + " could not be fetched or failed its SHA-1 check; building the CLI instead");
        }
        System.err.println("persona hook: building the persona CLI " + version + " once (a few minutes)");
        List<String> build = new ArrayList<>(List.of(maven(cache), "-B", "-q", "-DskipTests", "-pl", "persona-cli"));
        build.addAll(List.of("-am", "package"));
        int code = new ProcessBuilder(build).directory(clone.toFile()).inheritIO().start().waitFor();
        if (code != 0) {
            throw new IllegalStateException("building the persona CLI failed (Maven exited with " + code + ")");
        }
        // Copied beside, then moved in one step: an interrupted copy must not leave a jar that looks whole.
        Path part = cache.resolve("persona.jar.part");
        Files.copy(clone.resolve("persona-cli/target/persona.jar"), part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, jar, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The project's version, from the parent POM's own {@code version} element. */
    private static String projectVersion(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("version")) {
                return e.getTextContent().strip();
            }
        }
        throw new IllegalStateException(pom + " has no version");
    }

    /** {@code mvn} from the PATH, else Apache Maven downloaded once into the cache. */
    private static String maven(Path cache) throws Exception {
        String windows = System.getProperty("os.name").startsWith("Windows") ? ".cmd" : "";
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "mvn" + windows))) {
                return Path.of(dir, "mvn" + windows).toString();
            }
        }
        Path home = cache.resolve("apache-maven-" + MAVEN);
        Path mvn = home.resolve("bin/mvn" + windows);
        if (!Files.isRegularFile(mvn)) {
            String url = CENTRAL + "org/apache/maven/apache-maven/" + MAVEN + "/apache-maven-" + MAVEN + "-bin.zip";
            Path zip = cache.resolve("maven.zip");
            if (!download(url, zip)) {
                throw new IllegalStateException("cannot download Apache Maven from " + url);
            }
            if (!matches(zip, url, "SHA-512", ".sha512", cache)) {
                throw new IllegalStateException("Apache Maven's SHA-512 does not match what Maven Central publishes");
            }
            // Unpacked aside and moved in whole: an interrupted unpack must not leave a Maven that looks whole.
            Path unpacking = Files.createTempDirectory(cache, "maven-");
            unzip(zip, unpacking);
            Files.move(unpacking.resolve("apache-maven-" + MAVEN), home, StandardCopyOption.ATOMIC_MOVE);
            mvn.toFile().setExecutable(true);
        }
        return mvn.toString();
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path to = root.resolve(e.getName()).normalize();
                if (!to.startsWith(root)) {
                    throw new IOException("the Maven archive names a path outside its folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Downloads a file whole within ten minutes, or not at all. */
    private static boolean download(String url, Path to) throws Exception {
        HttpResponse<Path> response = HTTP.sendAsync(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofMinutes(1))
                                .build(),
                        HttpResponse.BodyHandlers.ofFile(to))
                .get(10, TimeUnit.MINUTES);
        return response.statusCode() == 200;
    }

    /** Whether a downloaded file has the digest Maven Central publishes beside it. */
    private static boolean matches(Path file, String url, String algorithm, String suffix, Path cache)
            throws Exception {
        Path sum = cache.resolve("download" + suffix);
        if (!download(url + suffix, sum)) {
            return false;
        }
        String expected = Files.readString(sum).strip().split("\\s+")[0];
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
        return actual.equalsIgnoreCase(expected);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
