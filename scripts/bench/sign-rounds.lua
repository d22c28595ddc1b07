-- wrk script of `npm run bench:sign` (scripts/bench/sign-rounds.ts): POST /api/petition/sign, each
-- request a new address at one non-webmail domain (BENCH_DOMAIN), or with BENCH_REPEATS (0..1) of them
-- an address this thread sent earlier, from one of 250 client addresses (X-Forwarded-For, read by a
-- server with TRUSTED_PROXIES=1). Counts 202 answers, and what it sent, for the check of stored rows.
local domain = os.getenv("BENCH_DOMAIN") or "bench.example"
local repeats = tonumber(os.getenv("BENCH_REPEATS") or "0")
local prefix = os.getenv("BENCH_PREFIX") or "s"
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(tid * 7919)
  fresh, again, sent, accepted, other = 0, 0, 0, 0, 0
end

function request()
  local n
  if fresh > 0 and math.random() < repeats then
    n = math.random(1, fresh)
    again = again + 1
  else
    fresh = fresh + 1
    n = fresh
  end
  sent = sent + 1
  local c = (sent + tid * 125) % 250
  local client = string.format("10.0.%d.%d", math.floor(c / 100), c % 100 + 1)
  local body = '{"firstName":"Bench","lastName":"Signer","email":"' .. prefix .. "." .. tid .. "." .. n .. "@" ..
    domain .. '","country":"GB","postcode":"SW1A 1AA"}'
  return wrk.format("POST", "/api/petition/sign",
    { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = client }, body)
end

function response(status, headers, body)
  if status == 202 then accepted = accepted + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local t = { accepted = 0, other = 0, fresh = 0, again = 0, sent = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + thread:get(k) end
  end
  io.write(string.format('BENCH {"accepted":%d,"other":%d,"fresh":%d,"again":%d,"sent":%d}\n',
    t.accepted, t.other, t.fresh, t.again, t.sent))
end
