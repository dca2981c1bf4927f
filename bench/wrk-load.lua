-- wrk script for bench/http-load.sh: reads records or records periodic notifications as bench/HttpLoad.java does,
-- with wrk's C client, which took a quarter of HttpLoad's CPU a request when both were measured (docs/benchmarks.md).
--
--   wrk -t2 -c16 -d30s -s bench/wrk-load.lua http://127.0.0.1:18080 -- read|notify ids.txt token
--   wrk -t2 -c16 -d30s -s bench/wrk-load.lua http://127.0.0.1:18080 -- get /api/v1/some/path token
--
-- With two threads (-t2), each walks the ids from its own half, so concurrent notifications rarely hit one offender.
-- The summary is printed in HttpLoad's format; an answer of 400 or above, and any socket error, counts as an error.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end

function init(args)
  mode = args[1]
  token = args[3]
  ids = {}
  if mode == "get" then
    path = args[2]
    return
  end
  for line in io.lines(args[2]) do
    local id = line:match("^%s*(.-)%s*$")
    if #id > 0 then
      ids[#ids + 1] = id
    end
  end
  counter = offset * math.floor(#ids / 2)
end

function request()
  local headers = { ["Authorization"] = "Bearer " .. token }
  if mode == "get" then
    return wrk.format("GET", path, headers)
  end
  counter = counter + 1
  local id = ids[(counter % #ids) + 1]
  if mode == "notify" then
    headers["Content-Type"] = "application/json"
    local body = '{"type":"PERIODIC","receivedAt":"' .. os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 60)
        .. '","policeStation":"Benchmark Police Station"}'
    return wrk.format("POST", "/api/v1/offenders/" .. id .. "/notifications", headers, body)
  end
  return wrk.format("GET", "/api/v1/offenders/" .. id, headers)
end

function done(summary, latency, requests)
  local mode = threads[1]:get("mode")
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local ok = summary.requests - e.status
  io.write(string.format(
      "mode=%s client=wrk threads=%d seconds=%.1f ok=%d errors=%d (status 400 or above %d, socket %d)\n",
      mode, #threads, seconds, ok, e.status + socket, e.status, socket))
  io.write(string.format("throughput=%.1f/s p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms\n",
      ok / seconds, latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
      latency:percentile(99) / 1e3, latency.max / 1e3))
end
