package ecograph.embedded;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;

/**
 * Works out the folder that Neo4j's {@code server.directories.plugins} points at.
 *
 * <p>Neo4j registers procedures and functions only from jars found in that folder, while APOC's
 * kernel extensions (ApocConfig, Pools, the component registration that procedures get injected
 * with) are discovered only on the class path that loaded Neo4j. APOC therefore has to be in both
 * places, and the plugin folder must hold the apoc-core jar alone: anything else there would be
 * scanned for procedures too.
 */
final class PluginDirectory {

    /** A class that lives in the apoc-core jar (the jar with every APOC procedure and function). */
    private static final String APOC_CORE_MARKER = "apoc.version.Version";

    private PluginDirectory() {}

    /**
     * Picks, in order: the folder given on the command line; {@code plugins/} next to the launcher
     * jar (what the Maven build writes to target/plugins); otherwise {@code <dataDir>/plugins},
     * filled with a copy of the apoc-core jar found on the class path.
     */
    static Path resolve(Path explicit, Path dataDir) throws IOException {
        Path chosen = choose(explicit, dataDir);
        warnAboutOtherJars(chosen);
        return chosen;
    }

    private static Path choose(Path explicit, Path dataDir) throws IOException {
        if (explicit != null) {
            if (!Files.isDirectory(explicit)) {
                throw new IOException("invalid value for --plugins-dir: folder " + explicit + " does not exist");
            }
            if (!containsJar(explicit)) {
                throw new IOException("invalid value for --plugins-dir: folder " + explicit
                        + " holds no .jar (expected the apoc-core jar)");
            }
            return explicit;
        }

        Path launcherLocation = codeLocation(EmbeddedNeo4j.class);
        if (launcherLocation != null && launcherLocation.getParent() != null) {
            Path besideLauncher = launcherLocation.getParent().resolve("plugins");
            if (Files.isDirectory(besideLauncher) && containsJar(besideLauncher)) {
                return besideLauncher;
            }
        }

        Path apocJar = apocCoreJar();
        Path fallback = dataDir.resolve("plugins");
        Files.createDirectories(fallback);
        Path target = fallback.resolve(apocJar.getFileName());
        if (!Files.exists(target) || Files.size(target) != Files.size(apocJar)) {
            // Remove older copies first, so two APOC versions never get registered side by side.
            try (DirectoryStream<Path> old = Files.newDirectoryStream(fallback, "apoc-core-*.jar")) {
                for (Path p : old) {
                    Files.delete(p);
                }
            }
            Files.copy(apocJar, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return fallback;
    }

    private static Path apocCoreJar() throws IOException {
        Class<?> marker;
        try {
            marker = Class.forName(APOC_CORE_MARKER, false, PluginDirectory.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IOException("apoc-core is not on the class path (looked for " + APOC_CORE_MARKER
                    + "); run with -cp \"target/neo4j-embedded.jar:target/lib/*\"");
        }
        Path jar = codeLocation(marker);
        if (jar == null || !Files.isRegularFile(jar)) {
            throw new IOException("cannot locate the apoc-core jar on the class path; pass --plugins-dir");
        }
        return jar;
    }

    private static Path codeLocation(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Every jar in the folder is scanned for procedures, so leftovers (say an apoc-common jar from an
     * older build, or a second APOC version) cause load warnings or clashing registrations.
     */
    private static void warnAboutOtherJars(Path folder) throws IOException {
        int apocCore = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                String name = jar.getFileName().toString();
                if (name.startsWith("apoc-core-")) {
                    apocCore++;
                } else {
                    EmbeddedNeo4j.log("warning: plugins folder " + folder + " holds " + name
                            + " besides apoc-core; Neo4j will scan it for procedures too");
                }
            }
        }
        if (apocCore > 1) {
            EmbeddedNeo4j.log("warning: plugins folder " + folder + " holds " + apocCore
                    + " apoc-core jars; keep exactly one (try `mvn clean package`)");
        }
    }

    private static boolean containsJar(Path folder) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            return jars.iterator().hasNext();
        }
    }
}
