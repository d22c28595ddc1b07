-- wrk script for scripts/bench/challenge-throughput.ts: POST /api/petition/sign as many different
-- clients, each under every signing limit: a new client address (X-Forwarded-For, read by a server
-- with TRUSTED_PROXIES=1) and a new email domain on every request, so no address or domain passes
-- its limit and no challenge is ever asked for; only the limit checks' own cost is measured.
local prefix = os.getenv("BENCH_PREFIX") or "s"
local threads = 0
local n = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function request()
  n = n + 1
  local body = '{"firstName":"Bench","lastName":"Signer","email":"s' .. n .. '@' .. prefix .. '-' .. tid .. '-' .. n ..
    '.example","country":"GB","postcode":"SW1A 1AA"}'
  -- 10.0.0.0/8 holds 16 million addresses: one per request for any run this long.
  local address = string.format("10.%d.%d.%d", tid * 16 + math.floor(n / 65536) % 16, math.floor(n / 256) % 256, n % 256)
  return wrk.format("POST", "/api/petition/sign",
    { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = address }, body)
end
