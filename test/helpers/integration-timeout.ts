// Real Neo4j: starting a second instance or a write-heavy test takes seconds, not milliseconds.
jest.setTimeout(120_000);
