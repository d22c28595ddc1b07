// The layers of the code, bottom to top, for .dependency-cruiser.cjs (the rules) and
// scripts/layers/layers-graph.ts (ARCHITECTURE.md's drawing of them). A module may import its own layer
// (without a cycle between lib/ folders) and the layers below. Test files sit above everything.
// Each layer lists what sits directly under lib/ (a folder or a file); the domain is every other one.

const escape = (name) => name.replace(/\./g, "\\.");
const under = (root, names) => `^${root}/(${names.map(escape).join("|")})(/|$)`;

const INFRASTRUCTURE = [
  "env.ts",
  "env-schema.ts",
  "worker-env.ts",
  "process-state.js",
  "errors.ts",
  "generated",
].concat(["reasons", "db", "redis", "crypto", "text", "http", "observability", "cache", "forms", "audit"]);
const ACTIONS_AND_JOBS = ["actions", "jobs", "testing"];
const SERVER = ["server"];
const NOT_DOMAIN = [...INFRASTRUCTURE, ...ACTIONS_AND_JOBS, ...SERVER];

const LAYERS = [
  {
    name: "infrastructure",
    says: "settings, errors and their coded reasons, database and Redis clients, logs, crypto, text, HTTP, audit",
    path: under("lib", INFRASTRUCTURE),
  },
  {
    name: "domain",
    says: "what the campaign does: petition, mail, letters, donations, privacy, updates, content, hand-in …",
    path: `^lib/(?!(${NOT_DOMAIN.map(escape).join("|")})(/|$))[^/]+(/|$)`,
  },
  {
    name: "actions and jobs",
    says: "who is asking and the form or JSON around a domain call; the background jobs; test support",
    path: under("lib", ACTIONS_AND_JOBS),
  },
  {
    name: "server layer",
    says: "the HTTP server in front of Next: client address, limits, page cache, signing fast path",
    path: under("lib", SERVER),
  },
  {
    name: "app",
    says: "Next's routes, pages and server actions, and the components they draw",
    path: "^(app|components)(/|$)",
  },
];

module.exports = { LAYERS };
