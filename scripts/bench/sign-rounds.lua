-- wrk script of `npm run bench:sign` (scripts/bench/sign-rounds.ts): POST /api/petition/sign, each
-- request a new address at one non-webmail domain (BENCH_DOMAIN), or with BENCH_REPEATS (0..1) of them
-- an address this thread sent earlier, from one of 250 client addresses (X-Forwarded-For, read by a
-- server with TRUSTED_PROXIES=1). Counts 202 answers, and what it sent, for the check of stored rows.
-- Knobs for measuring the factors of issue 30 (the defaults are the committed method):
--   BENCH_CLIENTS (250): how many client addresses (1: everyone behind one address; at most 25,500);
--   BENCH_DOMAINS (1): new addresses spread over this many domains (d<k>.BENCH_DOMAIN) instead of one;
--   BENCH_SHAPE (bench): the body: "bench" (names, email, country GB, postcode), "minimal" (no
--     postcode), "full" (also optIn, handInConsent, sourcePath and client, as the site's form sends),
--     "burmese" (the bench body with Burmese-script names).
local domain = os.getenv("BENCH_DOMAIN") or "bench.example"
local repeats = tonumber(os.getenv("BENCH_REPEATS") or "0")
local prefix = os.getenv("BENCH_PREFIX") or "s"
local clients = tonumber(os.getenv("BENCH_CLIENTS") or "250")
local domains = tonumber(os.getenv("BENCH_DOMAINS") or "1")
local shape = os.getenv("BENCH_SHAPE") or "bench"
local threads = {}

local first, last, tail = "Bench", "Signer", ',"postcode":"SW1A 1AA"}'
if shape == "minimal" then
  tail = "}"
elseif shape == "full" then
  tail = ',"postcode":"SW1A 1AA","optIn":true,"handInConsent":true,"sourcePath":"/embed/petition","client":"js"}'
elseif shape == "burmese" then
  first, last = "အောင်ကျော်", "မြင့်ထွန်း"
elseif shape ~= "bench" then
  error("BENCH_SHAPE must be bench, minimal, full or burmese")
end

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
  local c = (sent + tid * math.floor(clients / 2)) % clients
  local client = string.format("10.0.%d.%d", math.floor(c / 100), c % 100 + 1)
  local at = domain
  if domains > 1 then at = "d" .. (n % domains) .. "." .. domain end
  local body = '{"firstName":"' .. first .. '","lastName":"' .. last .. '","email":"' .. prefix .. "." .. tid ..
    "." .. n .. "@" .. at .. '","country":"GB"' .. tail
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
