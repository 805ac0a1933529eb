-- wrk script for POST /api/v1/realtime/audit (see platform/load/README.md):
--   bin/fundguard bench realtime --data DIR --key KEY --bodies-out /tmp/bodies.txt
--   wrk -t2 -c16 -d30s --latency -s platform/load/realtime.lua http://localhost:8080 -- /tmp/bodies.txt KEY
-- Each request takes the next body and gives it a visit id of its own (thread number + counter).
local bodies = {}
local key = ""
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local file = args[1]
  key = args[2] or ""
  for line in io.lines(file) do
    bodies[#bodies + 1] = line
  end
  wrk.method = "POST"
  wrk.path = "/api/v1/realtime/audit"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-API-Key"] = key
end

function request()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  local id = "W" .. thread_id .. "-" .. counter .. "-" .. os.time()
  return wrk.format(nil, nil, nil, (body:gsub("@ID@", id)))
end

local failures = 0
function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("visits/s %.0f  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  non-2xx %d  errors %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
