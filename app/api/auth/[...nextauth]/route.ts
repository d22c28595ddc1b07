// Auth.js's own endpoints (sign-in link requests, callbacks, sign-out). It authenticates; who may
// use the organiser area is checked by lib/auth/guards.ts on each page, action and route.
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
