-- wrk script for scripts/bench/instances.ts: POST /api/petition/sign with a new email address on every
-- request (each wrk thread numbers its own, so none repeats across threads) and a varied client address.
local thread_count = 0
function setup(thread)
  thread:set("id", thread_count)
  thread_count = thread_count + 1
end

local n = 0
local run = os.getenv("BENCH_RUN") or tostring(os.time())
function request()
  n = n + 1
  local body = string.format(
    '{"firstName":"Wren","lastName":"Bench","email":"wrk-%s-%d-%d@example.org","country":"GB"}', run, id, n)
  local address = string.format("198.51.%d.%d", n % 256, 1 + id)
  return wrk.format("POST", "/api/petition/sign",
    { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = address }, body)
end
