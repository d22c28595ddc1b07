// The layers of the code, bottom to top, for .dependency-cruiser.cjs (the rules) and
// scripts/layers/layers-graph.ts (ARCHITECTURE.md's drawing of them).
//
//A module may import its own layer (without a folder cycle) and the layers below.
// Test files (*.test.ts) sit above everything and are not held to the layers.
const LAYERS = [
  {
    name: "infrastructure",
    says: "settings, errors, database and Redis clients, logs, crypto, text, HTTP bodies, the audit row",
    path: "^lib/(env\\.ts|worker-env\\.ts|process-state\\.js|errors\\.ts|generated|db|redis|crypto|text|http|observability|cache|forms|audit)(/|$)",
  },
  {
    name: "domain",
    says: "what the campaign does: petition, mail, letters, donations, privacy, updates, content, hand-in …",
    path: "^lib/(?!(env\\.ts|worker-env\\.ts|process-state\\.js|errors\\.ts|generated|db|redis|crypto|text|http|observability|cache|forms|audit|actions|jobs|testing|server)(/|$))[^/]+(/|$)",
  },
  {
    name: "actions and jobs",
    says: "who is asking and the form or JSON around a domain call (lib/actions); the background loop (lib/jobs); test support",
    path: "^lib/(actions|jobs|testing)(/|$)",
  },
  {
    name: "server layer",
    says: "the HTTP server in front of Next: client address, limits, page cache, signing fast path",
    path: "^lib/server(/|$)",
  },
  {
    name: "app",
    says: "Next's routes, pages and server actions, and the components they draw",
    path: "^(app|components)(/|$)",
  },
];

module.exports = { LAYERS };
