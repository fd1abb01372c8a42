package ecograph.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Command-line options of the launcher. The Node.js side owns all environment handling and passes
 * everything as arguments, so this is the only configuration input (the heap is set by the caller
 * through -Xmx, not here).
 *
 * <p>Both {@code --name value} and {@code --name=value} are accepted. Anything unknown or malformed
 * raises {@link UsageException} naming the argument and what was expected.
 */
final class LauncherOptions {

    static final int DEFAULT_BOLT_PORT = 7687;
    static final String DEFAULT_BOLT_ADDRESS = "127.0.0.1";
    static final String DEFAULT_PAGECACHE = "256m";
    static final String DEFAULT_DEBUG_LOG_LEVEL = "WARN";
    private static final List<String> LOG_LEVELS = List.of("DEBUG", "INFO", "WARN", "ERROR", "OFF");

    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: java [-Xmx...] -cp \"target/neo4j-embedded.jar:target/lib/*\" ecograph.embedded.EmbeddedNeo4j",
            "         --data-dir <path> [options]",
            "",
            "  --data-dir <path>        Neo4j home folder (store, logs, conf); created if missing. Required.",
            "  --bolt-port <int>        Bolt port, 0-65535 (default " + DEFAULT_BOLT_PORT
                    + "; 0 picks a free port, reported on the ready line).",
            "  --bolt-address <host>    Address Bolt listens on (default " + DEFAULT_BOLT_ADDRESS + ").",
            "  --pagecache <size>       Page cache size such as 256m, 512M, 1g or 1048576 bytes (default "
                    + DEFAULT_PAGECACHE + ").",
            "  --tx-timeout <seconds>   Transaction timeout in whole seconds; 0 means none (default: none).",
            "  --tx-max-memory <size>   Most memory one transaction may use (db.memory.transaction.max), such as",
            "                           256m; 0 means no bound (default: none).",
            "  --plugins-dir <path>     Folder holding only the apoc-core jar (default: 'plugins' next to the",
            "                           launcher jar, else a copy made under <data-dir>/plugins).",
            "  --debug-log-level <lvl>  Level of <data-dir>/logs/debug.log: DEBUG, INFO, WARN, ERROR or OFF",
            "                           (default " + DEFAULT_DEBUG_LOG_LEVEL + "; INFO adds Neo4j's start-up diagnostics).",
            "  --exit-on-stdin-eof      Shut down cleanly when standard input reaches end-of-file",
            "                           (lets the parent's death stop the database).",
            "  --help                   Print this help and exit.",
            "",
            "Prints 'ECOGRAPH_NEO4J_READY bolt://<host>:<port> neo4j=<version> apoc=<version>' on stdout when",
            "Bolt accepts connections and APOC passed its self-check, and 'ECOGRAPH_NEO4J_STOPPED' after a",
            "clean shutdown (SIGTERM, SIGINT or stdin EOF with --exit-on-stdin-eof).");

    /** Sizes such as 256m, 512M, 1g, 1gb, 4096k or plain bytes. */
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)b?", Pattern.CASE_INSENSITIVE);

    /** Smallest page cache accepted: below this Neo4j cannot hold even a few pages per store file. */
    private static final long MIN_PAGECACHE_BYTES = 8L * 1024 * 1024;

    Path dataDir;
    int boltPort = DEFAULT_BOLT_PORT;
    String boltAddress = DEFAULT_BOLT_ADDRESS;
    long pagecacheBytes = parseSize("--pagecache", DEFAULT_PAGECACHE);
    /** Null when no timeout was asked for, so Neo4j keeps its own default. */
    Duration txTimeout;
    /** Null when no bound was asked for; bytes otherwise (0: no bound). */
    Long txMaxMemoryBytes;
    /** Null when not given; {@link PluginDirectory} then works it out. */
    Path pluginsDir;
    String debugLogLevel = DEFAULT_DEBUG_LOG_LEVEL;
    boolean exitOnStdinEof;
    boolean help;

    private LauncherOptions() {}

    static LauncherOptions parse(String[] args) throws UsageException {
        LauncherOptions options = new LauncherOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }

            switch (name) {
                case "--help":
                case "-h":
                    rejectInlineValue(name, inlineValue);
                    options.help = true;
                    break;
                case "--exit-on-stdin-eof":
                    rejectInlineValue(name, inlineValue);
                    options.exitOnStdinEof = true;
                    break;
                case "--data-dir": {
                    String value = inlineValue != null ? inlineValue : next(args, i++, name, "a folder path");
                    options.dataDir = parsePath(name, value);
                    break;
                }
                case "--bolt-port": {
                    String value = inlineValue != null ? inlineValue : next(args, i++, name, "a port number");
                    options.boltPort = parsePort(name, value);
                    break;
                }
                case "--bolt-address": {
                    String value = inlineValue != null ? inlineValue : next(args, i++, name, "a host or IP address");
                    if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
                        throw new UsageException(name, "a host or IP address such as 127.0.0.1", value);
                    }
                    options.boltAddress = value;
                    break;
                }
                case "--pagecache": {
                    String value = inlineValue != null ? inlineValue : next(args, i++, name, "a size such as 256m");
                    options.pagecacheBytes = parseSize(name, value);
                    break;
                }
                case "--tx-timeout": {
                    String value = inlineValue != null ? inlineValue : next(args, i++, name, "whole seconds");
                    options.txTimeout = parseSeconds(name, value);
                    break;
                }
                case "--tx-max-memory": {
                    String value = inlineValue != null ? inlineValue : next(args, i++, name, "a size such as 256m");
                    options.txMaxMemoryBytes = value.trim().equals("0") ? 0L : parseSize(name, value);
                    break;
                }
                case "--plugins-dir": {
                    String value = inlineValue != null ? inlineValue : next(args, i++, name, "a folder path");
                    options.pluginsDir = parsePath(name, value);
                    break;
                }
                case "--debug-log-level": {
                    String value = inlineValue != null ? inlineValue : next(args, i++, name, "a log level");
                    String level = value.trim().toUpperCase(Locale.ROOT);
                    if (!LOG_LEVELS.contains(level)) {
                        throw new UsageException(name, "one of " + String.join(", ", LOG_LEVELS), value);
                    }
                    options.debugLogLevel = level;
                    break;
                }
                default:
                    throw new UsageException("unknown argument '" + arg + "'");
            }
        }
        if (!options.help && options.dataDir == null) {
            throw new UsageException("missing required argument --data-dir <path>");
        }
        return options;
    }

    /** Returns the value after {@code args[index]}, refusing to swallow the next flag as a value. */
    private static String next(String[] args, int index, String name, String expected) throws UsageException {
        if (index + 1 >= args.length || args[index + 1].startsWith("--")) {
            throw new UsageException(name + " expects " + expected + " after it, but none was given");
        }
        return args[index + 1];
    }

    private static void rejectInlineValue(String name, String inlineValue) throws UsageException {
        if (inlineValue != null) {
            throw new UsageException(name + " is a flag and takes no value, got '" + inlineValue + "'");
        }
    }

    private static Path parsePath(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(name, "a non-empty folder path", value);
        }
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            throw new UsageException(name, "a valid folder path", value);
        }
    }

    private static int parsePort(String name, String value) throws UsageException {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the expected form
        }
        throw new UsageException(name, "an integer port between 0 and 65535", value);
    }

    static long parseSize(String name, String value) {
        Matcher m = SIZE.matcher(value.trim());
        if (!m.matches()) {
            throw new UsageException(name, "a size such as 256m, 512M, 1g or a number of bytes", value);
        }
        long multiplier;
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k":
                multiplier = 1024L;
                break;
            case "m":
                multiplier = 1024L * 1024;
                break;
            case "g":
                multiplier = 1024L * 1024 * 1024;
                break;
            default:
                multiplier = 1L;
        }
        long bytes;
        try {
            bytes = Math.multiplyExact(Long.parseLong(m.group(1)), multiplier);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new UsageException(name, "a size that fits in 64 bits", value);
        }
        if (bytes < MIN_PAGECACHE_BYTES) {
            throw new UsageException(name, "a size of at least 8m", value);
        }
        return bytes;
    }

    private static Duration parseSeconds(String name, String value) throws UsageException {
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds >= 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException ignored) {
            // reported below with the expected form
        }
        throw new UsageException(name, "a whole number of seconds (0 or more)", value);
    }

    /** A bad command line; the launcher prints the message and exits with status 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }

        UsageException(String name, String expected, String got) {
            this("invalid value for " + name + ": expected " + expected + ", got '" + got + "'");
        }
    }
}
