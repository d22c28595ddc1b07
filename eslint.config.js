import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";

const config = [
  ...nextVitals,
  ...nextTs,
  // Layout is Prettier's (npm run lint checks it); ESLint keeps to what code means.
  prettier,
  // Prettier cannot break a long string or a long test name; this keeps every line readable. Lines with
  // Burmese are left to prettier, which measures them as drawn: max-len counts each combining mark.
  { rules: { "max-len": ["error", { code: 120, ignoreUrls: false, ignorePattern: "[\\u1000-\\u109F]" }] } },
  // CommonJS files (dependency-cruiser's configuration) load each other the CommonJS way.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  // Server actions used with useActionState take (state, formData) even when they need neither.
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_" }] } },
  // Logs go through the project's logger (lib/observability/logger.ts: JSON lines, an error's name and
  // code, never the object or its text). console.log stays for what a developer is shown on purpose
  // (an email printed when no SMTP_URL is set); the command-line scripts in scripts/ print as they like.
  {
    files: ["lib/**/*.ts", "app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "no-console": ["error", { allow: ["log"] }] },
  },
  // Process-wide state lives in one place (lib/process-state.js), and whether `next build` is
  // prerendering is asked of one function (lib/server/build-phase.ts): the old idioms are refused.
  {
    files: ["lib/**/*.{ts,js}", "app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["**/*.test.ts", "lib/process-state.js", "lib/server/build-phase.ts", "lib/generated/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "globalThis", message: "Keep process-wide state in processSlot() (lib/process-state.js)." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name='NEXT_PHASE']",
          message: "Ask isBuildPrerender() (lib/server/build-phase.ts) whether the build is prerendering.",
        },
      ],
    },
  },
  {
    ignores: [
      ".next/**",
      "lib/generated/**",
      "node_modules/**",
      ".data/**",
      ".secrets/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
