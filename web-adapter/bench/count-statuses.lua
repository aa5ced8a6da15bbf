-- wrk script: sends the request named by the environment (a GET, or a POST of a JSON file), counts
-- the status of every response, and prints one RESULT line that load.sh reads.
-- A POST cycles through LOAD_DISTINCT (default 1000) bodies that differ in the plan's seed, so no
-- cache could answer for the planner.
local method = os.getenv("LOAD_METHOD") or "GET"
local body_file = os.getenv("LOAD_BODY")
local distinct = tonumber(os.getenv("LOAD_DISTINCT") or "1000")
local requests = {}
local next_request = 1

if method == "POST" then
  local file = assert(io.open(body_file, "r"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  if method ~= "POST" then
    return wrk.request()
  end
  if #requests == 0 then
    for i = 1, distinct do
      local body = string.gsub(wrk.body, '"startDate"', '"seed": ' .. i .. ', "startDate"', 1)
      requests[i] = wrk.format(nil, nil, nil, body)
    end
  end
  local r = requests[next_request]
  next_request = next_request % distinct + 1
  return r
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok = 0
  not_ok = 0
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local total_ok, total_not_ok = 0, 0
  for _, thread in ipairs(threads) do
    total_ok = total_ok + thread:get("ok")
    total_not_ok = total_not_ok + thread:get("not_ok")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout
  io.write(string.format(
      "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f ok=%d non2xx=%d socket_errors=%d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      total_ok, total_not_ok, errors))
end
