package ecograph.embedded;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs the APOC calls the @neo4j/graphql runtime depends on, so a broken APOC set-up (jar missing
 * from the plugin folder, extension not loaded, procedure not allowed) fails the launch at once
 * instead of surfacing later as an obscure GraphQL error.
 */
final class ApocSelfCheck {

    /** Thrown with a message naming the check that failed and why. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    private ApocSelfCheck() {}

    /** Returns the APOC version when every check passes. */
    static String run(GraphDatabaseService db) throws Failed {
        Object version = single(db, "apoc.version()", "RETURN apoc.version() AS v");
        if (!(version instanceof String) || ((String) version).isBlank()) {
            throw new Failed("apoc.version() returned " + version);
        }

        // Function: true when the predicate is false ...
        expect(db, "apoc.util.validatePredicate (function)",
                "RETURN apoc.util.validatePredicate(false, 'selfcheck %d', [0]) AS v", Boolean.TRUE);
        // ... and raises the formatted message when it is true (that is how @neo4j/graphql reports
        // authorization and validation errors).
        expectError(db, "apoc.util.validatePredicate raising",
                "RETURN apoc.util.validatePredicate(true, 'selfcheck %d', [42]) AS v", "selfcheck 42");

        // Procedure variant used for the same purpose.
        single(db, "apoc.util.validate (procedure)",
                "CALL apoc.util.validate(false, 'selfcheck', [0]) RETURN 1 AS v");

        expect(db, "apoc.date.convertFormat",
                "RETURN apoc.date.convertFormat('2024-01-31', 'date', 'iso_date') AS v", "2024-01-31");

        expect(db, "apoc.cypher.runFirstColumnSingle",
                "RETURN apoc.cypher.runFirstColumnSingle('RETURN $x + 1', {x: 1}) AS v", 2L);
        expect(db, "apoc.cypher.runFirstColumnMany",
                "RETURN apoc.cypher.runFirstColumnMany('UNWIND [1, 2] AS i RETURN i', {}) AS v", List.of(1L, 2L));

        return (String) version;
    }

    private static void expect(GraphDatabaseService db, String label, String query, Object expected) throws Failed {
        Object actual = single(db, label, query);
        if (!Objects.equals(actual, expected)) {
            throw new Failed(label + " returned " + actual + ", expected " + expected);
        }
    }

    private static void expectError(GraphDatabaseService db, String label, String query, String messagePart)
            throws Failed {
        try {
            db.executeTransactionally(query, Map.of(), result -> result.stream().count());
        } catch (RuntimeException e) {
            // The message of the function's exception is nested in the causes; look at all of them.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).contains(messagePart)) {
                    return;
                }
            }
            throw new Failed(label + " failed with an unexpected error: " + StartupFailure.oneLine(e));
        }
        throw new Failed(label + " did not raise an error");
    }

    private static Object single(GraphDatabaseService db, String label, String query) throws Failed {
        try {
            return db.executeTransactionally(query, Map.of(), result -> {
                if (!result.hasNext()) {
                    return null;
                }
                return result.next().get("v");
            });
        } catch (RuntimeException e) {
            throw new Failed(label + " failed: " + StartupFailure.oneLine(e));
        }
    }
}
