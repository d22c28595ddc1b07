// Runs once when a server process starts: a misconfigured deployment stops there with one message
// listing what is missing, instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
