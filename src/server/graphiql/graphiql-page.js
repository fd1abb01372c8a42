// Starts GraphiQL (served from the project's node_modules, see src/server/graphiql.ts) against
// this origin's /graphql. A token goes into the Headers tab: { "Authorization": "Bearer <token>" }.
/* global React, ReactDOM, GraphiQL */
(function start() {
  var endpoint = new URL("/graphql", window.location.href).href;
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var defaultQuery = [
    "# Ecograph's GraphQL API. The Docs pane (top left) describes every type and field.",
    "# A token goes into the Headers tab below: { \"Authorization\": \"Bearer <token>\" }",
    "# (npm run token -- --role analyst). Reads need none while ANONYMOUS_READS is on.",
    "",
    "query ListPlatforms {",
    "  platforms(sort: [{ name: ASC }]) {",
    "    id",
    "    name",
    "  }",
    "}",
    "",
  ].join("\n");
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
    }),
  );
})();
