# crosscheck: the chat bot as a container. See docs/operations.md.
#   docker build -t crosscheck .
#   docker run --env-file .env -p 3000:3000 -v $PWD/seeds:/data/corpus -v crosscheck-state:/data/state crosscheck
# test/docker.test.ts replays these steps without Docker (COPY, RUN, ENV, CMD, HEALTHCHECK):
# keep to those instructions and plain paths. Needs BuildKit (the default since Docker 23).

# Build stage: all dependencies, TypeScript compiled to dist/.
FROM node:22.14.0-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
# The npm cache lives in a BuildKit cache mount: reused between builds, never in the image.
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY src ./src
COPY commands ./commands
RUN npm run build

# Runtime stage: production dependencies and compiled JavaScript only, run as a non-root user.
FROM node:22.14.0-bookworm-slim AS runtime
ENV NODE_ENV=production \
    CORPUS_DIR=/data/corpus \
    CACHE_DIR=/tmp/crosscheck-cache \
    DATA_DIR=/data/state \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
# The sample corpus, so the image answers out of the box; mount your own over /data/corpus.
COPY seeds /data/corpus
VOLUME /data/corpus
# The node image's unprivileged user (uid 1000).
USER node
# The question log (DATA_DIR/crosscheck.db). BuildKit creates a WORKDIR as the current user, so
# the folder belongs to node; a named volume there keeps the log across containers.
WORKDIR /data/state
WORKDIR /app
VOLUME /data/state
EXPOSE 3000
# GET /healthz is served in every service mode (Slack HTTP, Slack Socket Mode, Discord).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The V8 heap is capped as in package.json's start scripts (docs/performance.md, "Memory"): without
# a cap V8 lets answering's garbage pile up to several hundred MB before it collects. Raise it for
# a corpus much larger than 15,000 articles: docker run ... crosscheck node --max-old-space-size=768 --max-semi-space-size=32 dist/src/main.js
CMD ["node", "--max-old-space-size=384", "--max-semi-space-size=32", "dist/src/main.js"]
