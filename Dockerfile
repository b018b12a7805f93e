# The web app: Hono API and the built React client in one Node process.
# Build stage: all dependencies, then the client bundle, then drop the dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# Application files stay root-owned and read-only to the app; only the embedded database's
# directory (used when DATABASE_URL is unset) is writable.
COPY --from=build /app ./
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The server migrates and seeds an empty database on start.
CMD ["node", "--import", "tsx", "server/main.ts"]
