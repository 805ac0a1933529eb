-- wrk script for POST /api/v1/realtime/audit (see platform/load/README.md):
--   bin/fundguard bench realtime --data DIR --key KEY --bodies-out /tmp/bodies.txt
--   wrk -t2 -c16 -d30s --latency -s platform/load/realtime.lua http://localhost:8080 -- /tmp/bodies.txt KEY
-- The threads share out the bodies (thread t posts bodies t, t+T, t+2T, ...) and each request gets a visit
-- id of its own. Every pass over the bodies moves their dates on (by default 7 days; a third argument
-- sets it): settled visits join the history, so posting the same visits again on the same days would
-- give each person hundreds of visits within the rules' history window (real-time audit reads the
-- person's last ~16 days), which is not the traffic the endpoint serves. With 7 days a person keeps
-- two or three earlier visits of 20 lines in the window: more than the region's persons have (about
-- 4 visits in 6 months), so the figures are on the heavy side. The next run goes on from the pass where
-- this one stopped (each thread notes its pass in BODIES.pass every 1,000 requests), so that runs one
-- after the other do not pile visits onto the same days either.
local bodies = {}
local key = ""
local counter = 0
local thread_id = 0
local thread_count = 1
local days_per_pass = 7
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
  for _, t in ipairs(threads) do
    t:set("thread_count", #threads)
  end
end

-- a body as its text split around its date (yyyy-mm-dd), and that date as seconds since the epoch (UTC)
local function prepare(line)
  local y, m, d = line:match('"begntime":"(%d%d%d%d)%-(%d%d)%-(%d%d) ')
  local date = y .. "-" .. m .. "-" .. d
  local parts = {}
  local from = 1
  while true do
    local s, e = line:find(date, from, true)
    if not s then
      break
    end
    parts[#parts + 1] = line:sub(from, s - 1)
    from = e + 1
  end
  parts[#parts + 1] = line:sub(from)
  return { parts = parts, epoch = os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12 }) }
end

local function first_pass(file)
  local f = io.open(file .. ".pass", "r")
  if not f then
    return 0
  end
  local n = tonumber(f:read("*l") or "0") or 0
  f:close()
  return n
end

local start_pass = 0
local pass_file = nil

function init(args)
  local file = args[1]
  key = args[2] or ""
  days_per_pass = tonumber(args[3] or "7")
  start_pass = first_pass(file)
  pass_file = file .. ".pass"
  for line in io.lines(file) do
    bodies[#bodies + 1] = prepare(line)
  end
  wrk.method = "POST"
  wrk.path = "/api/v1/realtime/audit"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-API-Key"] = key
end

function request()
  local n = counter * thread_count + thread_id
  counter = counter + 1
  local body = bodies[(n % #bodies) + 1]
  local pass = start_pass + math.floor(n / #bodies)
  if counter % 1000 == 0 then
    local f = io.open(pass_file, "r")
    local noted = f and tonumber(f:read("*l") or "0") or 0
    if f then
      f:close()
    end
    if pass + 2 > noted then
      f = io.open(pass_file, "w")
      f:write(tostring(pass + 2), "\n")
      f:close()
    end
  end
  local date = os.date("%Y-%m-%d", body.epoch + pass * days_per_pass * 86400)
  local text = table.concat(body.parts, date)
  local id = "W" .. thread_id .. "-" .. counter .. "-" .. os.time()
  return wrk.format(nil, nil, nil, (text:gsub("@ID@", id)))
end

function done(summary, latency, requests)
  io.write(string.format("visits/s %.0f  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  non-2xx %d  errors %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
