# The production shape: the app built once, configured by environment, PostgreSQL elsewhere
# (see docker-compose.yml). Migrations and the first seed run when the container starts.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN NEXT_TELEMETRY_DISABLED=1 npx next build

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build /app /app
RUN mkdir -p media && chown -R node:node media .next
USER node
EXPOSE 3000
# npm start migrates, seeds an empty database, creates the first admin (password printed once) and
# serves the build made above (it rebuilds only if the sources changed).
CMD ["npm", "start"]
