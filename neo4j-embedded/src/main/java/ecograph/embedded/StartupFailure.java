package ecograph.embedded;

import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an exception thrown while starting Neo4j into one readable line and an exit status, so
 * the Node.js side can tell "port taken" and "folder in use" apart from other failures without
 * parsing a long stack trace.
 */
final class StartupFailure {

    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_PORT_IN_USE = 3;
    static final int EXIT_DATA_DIR_LOCKED = 4;
    static final int EXIT_APOC_CHECK_FAILED = 5;

    final int exitCode;
    final String message;

    private StartupFailure(int exitCode, String message) {
        this.exitCode = exitCode;
        this.message = message;
    }

    static StartupFailure classify(Throwable error, String boltAddress, int boltPort, Path dataDir) {
        // Deepest first: Neo4j wraps the real cause in LifecycleExceptions whose messages repeat it
        // inside a long sentence; the innermost exception says it shortest.
        List<Throwable> causes = chain(error);
        Collections.reverse(causes);
        for (Throwable t : causes) {
            String type = t.getClass().getName();
            String text = String.valueOf(t.getMessage());
            if (t instanceof BindException || type.endsWith(".PortBindException")
                    || text.contains("Address already in use")) {
                return new StartupFailure(EXIT_PORT_IN_USE, "Bolt port " + boltPort + " on " + boltAddress
                        + " is not available (already in use?): " + oneLine(t));
            }
            if (type.endsWith(".FileLockException") || text.contains("locked by another process")) {
                return new StartupFailure(EXIT_DATA_DIR_LOCKED, "data folder " + dataDir
                        + " is locked by another Neo4j process (is another instance running on it?): " + oneLine(t));
            }
        }
        return new StartupFailure(EXIT_FAILURE, "Neo4j failed to start: " + oneLine(rootCause(error)));
    }

    /** The cause chain, guarding against cycles. */
    private static List<Throwable> chain(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> out = new ArrayList<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            out.add(t);
            for (Throwable suppressed : t.getSuppressed()) {
                out.add(suppressed);
            }
        }
        return out;
    }

    static Throwable rootCause(Throwable error) {
        Throwable root = error;
        for (Throwable t : chain(error)) {
            if (t.getCause() == null) {
                root = t;
                break;
            }
        }
        return root;
    }

    /** Exception type and first line of its message, e.g. "BindException: Address already in use". */
    static String oneLine(Throwable t) {
        String msg = t.getMessage();
        String head = t.getClass().getSimpleName();
        if (msg == null || msg.isBlank()) {
            return head;
        }
        int nl = msg.indexOf('\n');
        return head + ": " + (nl >= 0 ? msg.substring(0, nl).trim() : msg.trim());
    }
}
