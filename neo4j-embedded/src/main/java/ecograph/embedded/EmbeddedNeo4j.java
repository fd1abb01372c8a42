package ecograph.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs an embedded Neo4j Community 5.26 with APOC core and Bolt on loopback, for the Node.js
 * side to spawn as a child process.
 *
 * <p>Protocol with the parent: stdout carries exactly two lines, the ready line
 * ({@code ECOGRAPH_NEO4J_READY bolt://host:port neo4j=<version> apoc=<version>}) once Bolt accepts
 * connections and APOC passed its self-check, and {@code ECOGRAPH_NEO4J_STOPPED} after the store
 * was closed cleanly. Progress and errors go to stderr; Neo4j's own logs go to files under the data
 * folder. Exit status: 0 after a clean stop, 1 other start-up failure, 2 bad arguments, 3 Bolt port
 * in use, 4 data folder locked by another instance, 5 APOC self-check failed.
 */
public final class EmbeddedNeo4j {

    static final String READY_PREFIX = "ECOGRAPH_NEO4J_READY";
    static final String STOPPED_LINE = "ECOGRAPH_NEO4J_STOPPED";

    /** java.base packages Neo4j wants opened to it (what the Neo4j server script passes, minimally). */
    private static final String[] RECOMMENDED_OPENS = {"java.nio", "sun.nio.ch", "java.io"};

    /** How long to wait for the default database to come online (a big store may need recovery). */
    private static final long DATABASE_AVAILABLE_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(5);

    /**
     * Captured before anything else runs: the protocol lines must reach the parent even if a
     * library later swaps System.out.
     */
    private static final PrintStream PROTOCOL_OUT =
            new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);

    private final Object lifecycleLock = new Object();
    private DatabaseManagementService managementService;
    private boolean stopped;
    /** Set just before Neo4j starts, so a shutdown arriving mid-start waits for {@link #buildDone}. */
    private volatile boolean buildStarted;
    private final CountDownLatch buildDone = new CountDownLatch(1);

    /** Returned by {@link #start} when the database is up and the process should keep running. */
    private static final int RUNNING = -1;

    public static void main(String[] args) {
        int status = new EmbeddedNeo4j().start(args);
        if (status != RUNNING) {
            System.exit(status);
        }
        // Started: keep the main thread parked; the process ends through a signal or stdin EOF,
        // both of which go through System.exit and so through the shutdown hook.
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts everything and prints the ready line; returns RUNNING on success, else the exit status. */
    private int start(String[] args) {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (LauncherOptions.UsageException e) {
            log("error: " + e.getMessage());
            log("run with --help for the list of arguments");
            return StartupFailure.EXIT_USAGE;
        }
        if (options.help) {
            PROTOCOL_OUT.println(LauncherOptions.USAGE);
            return 0;
        }

        Path home = options.dataDir;
        try {
            Files.createDirectories(home);
        } catch (IOException | RuntimeException e) {
            log("error: cannot create the data folder " + home + ": " + StartupFailure.oneLine(e));
            return StartupFailure.EXIT_FAILURE;
        }
        Path logConfig;
        try {
            logConfig = DebugLogConfig.write(home, options.debugLogLevel);
        } catch (IOException | RuntimeException e) {
            log("error: cannot write the log configuration under " + home.resolve("conf") + ": "
                    + StartupFailure.oneLine(e));
            return StartupFailure.EXIT_FAILURE;
        }
        Path pluginsDir;
        try {
            pluginsDir = PluginDirectory.resolve(options.pluginsDir, home);
        } catch (IOException | RuntimeException e) {
            log("error: " + e.getMessage());
            // A --plugins-dir that is missing or empty is a bad argument; anything else is not.
            return options.pluginsDir != null ? StartupFailure.EXIT_USAGE : StartupFailure.EXIT_FAILURE;
        }

        // Installed before the (slow) start so that a SIGTERM during start-up still closes the store.
        installSignalHandlers();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "neo4j-embedded-shutdown"));

        warnAboutClosedModules();

        // Neo4j binds Bolt only at the end of a multi-second start; finding a taken port up front
        // lets the caller fail (and maybe retry on another port) at once. Neo4j's own bind remains
        // the authority, since another process could still take the port in between.
        if (options.boltPort != 0) {
            try {
                checkPortFree(options.boltAddress, options.boltPort);
            } catch (IOException e) {
                StartupFailure failure = StartupFailure.classify(e, options.boltAddress, options.boltPort, home);
                log("error: " + failure.message);
                return failure.exitCode;
            }
        }

        long startedAt = System.nanoTime();
        log("starting Neo4j in " + home + " (plugins: " + pluginsDir + ")");
        DatabaseManagementService service;
        buildStarted = true;
        try {
            service = configure(options, home, pluginsDir, logConfig).build();
            synchronized (lifecycleLock) {
                managementService = service;
            }
        } catch (Throwable e) {
            StartupFailure failure = StartupFailure.classify(e, options.boltAddress, options.boltPort, home);
            log("error: " + failure.message);
            return failure.exitCode;
        } finally {
            buildDone.countDown();
        }

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(DATABASE_AVAILABLE_TIMEOUT_MS)) {
            log("error: database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME + "' did not become available within "
                    + TimeUnit.MILLISECONDS.toSeconds(DATABASE_AVAILABLE_TIMEOUT_MS) + "s; see " + home.resolve("logs"));
            return StartupFailure.EXIT_FAILURE;
        }

        String apocVersion;
        try {
            apocVersion = ApocSelfCheck.run(db);
        } catch (ApocSelfCheck.Failed e) {
            log("error: APOC self-check failed: " + e.getMessage());
            log("the apoc-core and apoc-common jars must be on the class path and apoc-core in " + pluginsDir);
            return StartupFailure.EXIT_APOC_CHECK_FAILED;
        }

        String neo4jVersion = neo4jVersion(db);
        String host = connectHost(options.boltAddress);
        int port = boltPort(db, options.boltPort);
        try {
            probe(host, port);
        } catch (IOException e) {
            log("error: Bolt does not accept connections on " + host + ":" + port + ": " + StartupFailure.oneLine(e));
            return StartupFailure.EXIT_FAILURE;
        }

        synchronized (lifecycleLock) {
            // A shutdown that raced with the last start-up steps must not be followed by "ready".
            if (stopped) {
                return StartupFailure.EXIT_FAILURE;
            }
            log(String.format("ready in %.1fs", (System.nanoTime() - startedAt) / 1e9));
            PROTOCOL_OUT.println(READY_PREFIX + " bolt://" + formatHost(host) + ":" + port
                    + " neo4j=" + neo4jVersion + " apoc=" + apocVersion);
            PROTOCOL_OUT.flush();
        }

        if (options.exitOnStdinEof) {
            watchStdin();
        }
        return RUNNING;
    }

    private static DatabaseManagementServiceBuilder configure(
            LauncherOptions options, Path home, Path pluginsDir, Path logConfig) {
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);

        // Bolt is off in embedded mode unless enabled; TLS is pointless on loopback.
        builder.setConfig(BoltConnector.enabled, true);
        builder.setConfig(BoltConnector.listen_address, new SocketAddress(options.boltAddress, options.boltPort));
        builder.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        // Netty waits out a "quiet period" (5s by default) per Bolt event-loop group on shutdown,
        // which made a SIGTERM take over 10s. Every Bolt connection is already closed by the time
        // the event loops stop, so there is nothing left to wait for.
        builder.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        // The embedded builder starts no web server, but make that explicit.
        builder.setConfig(HttpConnector.enabled, false);
        builder.setConfig(HttpsConnector.enabled, false);

        // A loopback development/test database: no users, no passwords.
        builder.setConfig(GraphDatabaseSettings.auth_enabled, false);
        // The network is closed; do not try to send usage reports.
        builder.setConfig(GraphDatabaseSettings.udc_enabled, false);

        builder.setConfig(GraphDatabaseSettings.pagecache_memory, options.pagecacheBytes);
        // When the JVM lets Neo4j reach file descriptors (see RECOMMENDED_OPENS), it
        // preallocates every transaction log file to its full 256 MiB rotation size: 512 MiB of disk
        // for an empty dev/test store (system + neo4j). Growing the files as needed is enough here.
        builder.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false);
        if (options.txMaxMemoryBytes != null) {
            // Neo4j ends a transaction that tracks more memory than this (a runaway filter, a huge
            // sort), instead of letting it fill the heap; memory tracking is on by default.
            builder.setConfig(GraphDatabaseSettings.memory_transaction_max_size, options.txMaxMemoryBytes);
        }
        if (options.txTimeout != null) {
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, options.txTimeout);
        }

        // APOC: Neo4j registers procedures/functions from the jars in plugin_dir; several of them
        // (apoc.cypher.*, apoc.periodic.*) need unrestricted access to kernel internals.
        builder.setConfig(GraphDatabaseSettings.plugin_dir, pluginsDir);
        builder.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
        builder.setConfig(GraphDatabaseSettings.procedure_allowlist, List.of("*"));

        // Neo4j's own logs stay in <home>/logs/debug.log, at the level chosen on the command line,
        // never on our stdout.
        builder.setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"));
        builder.setConfig(GraphDatabaseSettings.server_logging_config_path, logConfig);
        return builder;
    }

    /** Closes the store once; runs on the shutdown hook for every way the process ends. */
    private void stop() {
        if (buildStarted) {
            // A signal during start-up: let the start finish, then close the store properly rather
            // than leave it to recovery on the next start.
            try {
                if (!buildDone.await(DATABASE_AVAILABLE_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                    log("error: Neo4j still starting; exiting without a clean shutdown");
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        DatabaseManagementService service;
        synchronized (lifecycleLock) {
            if (stopped || managementService == null) {
                return;
            }
            stopped = true;
            service = managementService;
        }
        try {
            service.shutdown();
            PROTOCOL_OUT.println(STOPPED_LINE);
            PROTOCOL_OUT.flush();
        } catch (Throwable e) {
            log("error: shutdown failed: " + StartupFailure.oneLine(e));
            // halt: we are inside a shutdown hook, where System.exit would block forever.
            Runtime.getRuntime().halt(StartupFailure.EXIT_FAILURE);
        }
    }

    /**
     * Makes SIGTERM and SIGINT end the process with status 0 after the shutdown hook has closed the
     * store (by default the JVM would run the hook but exit with 143/130, which the parent would
     * read as a crash). Falls back to the default behaviour where sun.misc.Signal is unavailable.
     */
    private static void installSignalHandlers() {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    // A fresh thread: System.exit blocks until the hooks finish, and the signal
                    // dispatcher thread must not be the one kept waiting.
                    new Thread(() -> System.exit(0), "neo4j-embedded-sig" + name).start();
                });
            } catch (Throwable e) {
                log("warning: cannot handle SIG" + name + " (" + StartupFailure.oneLine(e) + "); exit status on that"
                        + " signal will be non-zero");
            }
        }
    }

    /**
     * Neo4j reads JDK internals for off-heap page-cache buffers and for native file advice; without
     * the matching --add-opens it falls back to slower paths and fills debug.log with warnings.
     * Only a hint: the database works either way.
     */
    private static void warnAboutClosedModules() {
        Module base = Object.class.getModule();
        Module self = EmbeddedNeo4j.class.getModule();
        List<String> closed = new ArrayList<>();
        for (String pkg : RECOMMENDED_OPENS) {
            if (!base.isOpen(pkg, self)) {
                closed.add("--add-opens=java.base/" + pkg + "=ALL-UNNAMED");
            }
        }
        if (!closed.isEmpty()) {
            log("hint: for full page-cache and file performance start java with " + String.join(" ", closed));
        }
    }

    /** With --exit-on-stdin-eof: when the parent dies its end of our stdin closes; stop then. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try (InputStream in = System.in) {
                while (in.read(buffer) >= 0) {
                    // Content is ignored; only end-of-file matters.
                }
            } catch (IOException e) {
                // A broken pipe means the same as EOF here.
            }
            log("stdin closed, shutting down");
            System.exit(0);
        }, "neo4j-embedded-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static String neo4jVersion(GraphDatabaseService db) {
        try {
            return db.executeTransactionally(
                    "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS v",
                    Map.of(),
                    result -> result.hasNext() ? String.valueOf(result.next().get("v")) : "unknown");
        } catch (RuntimeException e) {
            return org.neo4j.kernel.internal.Version.getNeo4jVersion();
        }
    }

    /** The port Bolt really bound (differs from the requested one when that was 0). */
    private static int boltPort(GraphDatabaseService db, int requested) {
        if (db instanceof GraphDatabaseAPI) {
            ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class);
            HostnamePort bound = ports.getLocalAddress(ConnectorType.BOLT);
            if (bound != null && bound.getPort() > 0) {
                return bound.getPort();
            }
        }
        return requested;
    }

    /** A wildcard listen address is reachable through loopback; anything else as given. */
    private static String connectHost(String listenAddress) {
        if (listenAddress.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        if (listenAddress.equals("::") || listenAddress.equals("[::]")) {
            return "::1";
        }
        return listenAddress;
    }

    private static String formatHost(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Binds and releases the Bolt address; throws BindException when something else holds it. */
    private static void checkPortFree(String host, int port) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            // Same as Netty: a port whose previous owner's connections linger in TIME_WAIT is free.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        }
    }

    /** Opens and closes one TCP connection, so "ready" means a client can really connect. */
    private static void probe(String host, int port) throws IOException {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(bare, port), 5_000);
        }
    }

    static void log(String message) {
        System.err.println("[neo4j-embedded] " + message);
        System.err.flush();
    }
}
