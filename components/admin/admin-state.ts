export type TAdminState = { status: "idle" } | { status: "ok"; message: string } | { status: "error"; message: string };
