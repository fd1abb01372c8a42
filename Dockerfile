# The API image for docker-compose.yml: it talks to the Neo4j service through NEO4J_URI, so it
# needs neither Java nor Maven.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Maintained fixes of dependencies (patches/), applied by the `postinstall` script (patch-package) during npm ci
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY seed ./seed
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY reports ./reports
COPY explorer ./explorer
COPY examples ./examples
# The `ecograph` command (import, export, report, token, seed) on the PATH:
#   docker compose run --rm api ecograph import examples/ecosystem/lishui-valves.jsonl --source demo --url http://api:4000 --token ...
RUN chmod +x dist/src/cli/ecograph.js && ln -s /app/dist/src/cli/ecograph.js /usr/local/bin/ecograph
USER node
EXPOSE 4000
# --v8-pool-size=1: as `npm start`, see package.json and README "Responsiveness while a metric computes".
CMD ["node", "--v8-pool-size=1", "dist/src/index.js"]
