-- wrk script: POST /api/petition/sign with a new address each request, at one domain
-- (BENCH_DOMAIN), and with BENCH_DUPLICATES (0..1) of the requests repeating an earlier address.
local domain = os.getenv("BENCH_DOMAIN") or "bench.example"
local duplicates = tonumber(os.getenv("BENCH_DUPLICATES") or "0")
local prefix = os.getenv("BENCH_PREFIX") or "s"
local threads = 0
local counter = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  math.randomseed(tid * 7919)
end

local headers = { ["Content-Type"] = "application/json" }

function request()
  local n
  if counter > 0 and math.random() < duplicates then
    n = math.random(1, counter)
  else
    counter = counter + 1
    n = counter
  end
  local body = '{"firstName":"Bench","lastName":"Signer","email":"' .. prefix .. "." .. tid .. "." .. n .. "@" .. domain ..
    '","country":"GB","postcode":"SW1A 1AA"}'
  return wrk.format("POST", "/api/petition/sign", headers, body)
end
