import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";

// A refusal is a code and its parameters; the catalogue (lib/reasons/reasons-*.ts) holds the words
// (issue #29). So a sentence is refused where zod or AppError would carry it to a user: a string or
// template literal as a zod check's or format's message, as the `error`/`message` of a zod call's
// options or of ctx.addIssue, as webUrl's message, or as an AppError field's reason. zodReason("code",
// params) and reason("code", params) say it. (An action's answer is typed: a TReason, never a string.)
// zod's checks take their message second (after a bound, a pattern or a test), its formats first.
const ZOD_CHECK_SECOND = "min|max|length|regex|refine|gt|gte|lt|lte|multipleOf|includes|startsWith|endsWith";
const ZOD_FORMAT_FIRST = "email|url|uuid|date|datetime|int|positive|nonnegative|negative|nonpositive|nonempty";
const ZOD_MAKERS = "string|number|boolean|enum|literal|array|object|union|addIssue";
const ZOD_OPTIONS = `${ZOD_CHECK_SECOND}|${ZOD_FORMAT_FIRST}|${ZOD_MAKERS}`;
const SENTENCE = ":matches(Literal[raw=/^[\"']/], TemplateLiteral)";
const CODED_REASONS = [
  {
    selector: `CallExpression[callee.property.name=/^(${ZOD_CHECK_SECOND})$/] > ${SENTENCE}:nth-child(2)`,
    message: 'Say a zod check\'s message as zodReason("code"), its words in lib/reasons/ (issue #29).',
  },
  {
    selector: `CallExpression[callee.property.name=/^(${ZOD_FORMAT_FIRST})$/] > ${SENTENCE}:first-child`,
    message: 'Say a zod format\'s message as zodReason("code"), its words in lib/reasons/ (issue #29).',
  },
  {
    selector:
      `CallExpression[callee.property.name=/^(${ZOD_OPTIONS})$/] > ObjectExpression` +
      ` > Property[key.name=/^(error|message)$/] > ${SENTENCE}.value`,
    message: 'Say a zod error or issue as zodReason("code"), its words in lib/reasons/ (issue #29).',
  },
  {
    selector: `CallExpression[callee.name='webUrl'] > ${SENTENCE}`,
    message: 'Say webUrl\'s message as zodReason("code"), its words in lib/reasons/ (issue #29).',
  },
  {
    selector:
      "NewExpression[callee.name='AppError'] Property[key.name='fields'] > ObjectExpression" +
      ` > Property > ${SENTENCE}.value`,
    message: 'Say a field\'s reason as reason("code"), its words in lib/reasons/ (issue #29).',
  },
];

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
        ...CODED_REASONS,
      ],
    },
  },
  // Words no user reads in a form: the configuration's checks (told to whoever deploys, at start) and
  // the seed's (told to a developer). They keep their sentences.
  {
    files: ["lib/env-schema.ts", "lib/seed/**/*.ts"],
    rules: {
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
