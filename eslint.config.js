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
  // Server actions used with useActionState take (state, formData) even when they need neither.
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_" }] } },
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
