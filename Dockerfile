# One image for every app instance and the jobs worker: built once, configured by environment,
# never building or migrating at start (docker-compose.yml, README "Docker compose").
#
#   deps     npm ci: every dependency, dev ones included (the build needs them)
#   build    next build with standalone output; also the one-shot `migrate` service's image
#            (`npm run db:setup`: migrations, the first seed and the first admin), which needs tsx
#   runtime  (last, the default target) only what `node server.js` runs: Next's standalone server
#            with the node_modules it traces, the static files, as the unprivileged `node` user
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
# Next reads these at build: every instance of one image then agrees on them (README "Several
# servers"). Build arguments of this stage stay out of the runtime image and its history.
ARG NEXT_DEPLOYMENT_ID
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
# The build connects to no database and signs nothing; Payload's config wants a secret all the same.
RUN NEXT_OUTPUT=standalone NEXT_TELEMETRY_DISABLED=1 PAYLOAD_SECRET=build-only-placeholder-never-used-at-run-time \
    npx next build
# `migrate` runs this stage as `node` and may seed files into the shared `media` volume: an empty
# volume takes this folder's owner, so the instances (also `node`) can write there too.
RUN mkdir -p media && chown node:node media

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# HOSTNAME: Docker sets it to the container's id, and the standalone server listens on it.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
# Uploads without a bucket (one machine): a volume mounted here; Next's page cache in .next/cache.
RUN mkdir -p media .next/cache && chown node:node media .next/cache
USER node
EXPOSE 3000
# Cheap: one `SELECT 1`; 503 while the database is away. The edge and compose read the same route.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
