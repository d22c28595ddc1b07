// The rules on what may import what, checked on every `npm run lint` by scripts/layers/check-layers.ts,
// which runs dependency-cruiser with them and adds the one it cannot say: no cycle between lib/ folders.
// The layers are in scripts/layers/layers.cjs; after changing them, redraw ARCHITECTURE.md's drawing
// (npx tsx scripts/layers/check-layers.ts --write). `npx depcruise app components lib` reads this file too.
const { LAYERS } = require("./scripts/layers/layers.cjs");

const TESTS = "\\.test\\.tsx?$";
const DB_CLIENT = "^(lib/db|lib/generated)(/|$)|^node_modules/(@prisma/client|\\.prisma)(/|$)";
// Where the database client is fetched (getDb): the edges that start a piece of work. Everything below
// them takes the client as an argument (`db: PrismaClient`, a type-only import of lib/db/client.ts).
const FETCHES_DB = ["^(app|lib/(server|jobs|actions))(/|$)", "^lib/auth/(auth|guards)\\.ts$"].join("|");

const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `no-upward-from-${layer.name.replace(/\W+/g, "-")}`,
  comment: `${layer.name} imports only its own layer and those below it (scripts/layers/layers.cjs)`,
  severity: "error",
  from: { path: layer.path, pathNot: TESTS },
  to: {
    path: LAYERS.slice(index + 1)
      .map((above) => `(${above.path})`)
      .join("|"),
  },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: "no-db-client-in-components",
      comment: "components draw what a page loaded; they never reach the database",
      severity: "error",
      from: { path: "^components/" },
      to: { path: DB_CLIENT },
    },
    {
      name: "one-way-to-the-database",
      comment:
        "getDb() is called where work starts (app/, lib/server, lib/jobs, lib/actions, Auth.js); below, `db` is passed",
      severity: "error",
      from: { pathNot: `${FETCHES_DB}|${TESTS}` },
      to: { path: "^lib/db/get-db\\.ts$" },
    },
    {
      name: "no-react-in-lib",
      comment: "lib/ is the server's and the worker's; what the browser draws is in components/",
      severity: "error",
      from: { path: "^lib/", pathNot: TESTS },
      to: { path: "^node_modules/(react|react-dom)/" },
    },
    {
      name: "no-module-cycle",
      comment: "no file reaches itself through what it runs (a cycle through a type-only import runs nothing)",
      severity: "error",
      from: { pathNot: TESTS },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    doNotFollow: { path: "(^|/)node_modules/|^lib/generated/" },
    exclude: { path: "(^|/)(\\.next|\\.data)/" },
    enhancedResolveOptions: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
