-- wrk script for scenario (e): members posting replies at once, each request
-- a real submission of the reply form without JavaScript (the server action's
-- multipart form), as one of many members with their own session.
--
-- args: <config file> <acknowledged-ids file prefix>
-- The config file's first line is the thread's path, the second the form's
-- fields (name=value, tab-separated, from the member page's composer), the
-- third the origin, then one session cookie per line.
--
-- A reply is acknowledged when the server answers 303 to the page that shows
-- it (#post-<id>): those ids are written to <prefix>.<thread>, one a line,
-- for scripts/bench to look for in the database. Any other answer is an error.

local threads = {}
local counter = 0

setup = function(thread)
  thread:set("thread_index", #threads + 1)
  table.insert(threads, thread)
end

local path, origin, fields, sessions, out
local boundary = "----banluanbench7MA4YWxkTrZu0gW"
local run = tostring(os.time())

local function part(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

init = function(args)
  local lines = {}
  for line in io.lines(args[1]) do table.insert(lines, line) end
  path = lines[1]
  origin = lines[3]
  fields = ""
  for pair in string.gmatch(lines[2], "[^\t]+") do
    local name, value = string.match(pair, "^([^=]+)=(.*)$")
    fields = fields .. part(name, value)
  end
  sessions = {}
  for i = 4, #lines do table.insert(sessions, lines[i]) end
  out = io.open(args[2] .. "." .. thread_index, "w")
  out:setvbuf("line")
  acknowledged = 0
  failed = 0
  failures = ""
end

request = function()
  counter = counter + 1
  local session = sessions[(counter * 7 + thread_index) % #sessions + 1]
  -- Unique per request: the form's idempotency token and the text.
  local token = string.format("bench%s%02d%07d", run, thread_index, counter)
  local body = fields
    .. part("clientToken", token)
    .. part("intent", "post")
    .. part("source", "Phản hồi đo tải số " .. counter .. " của luồng " .. thread_index .. " (" .. token .. ").")
    .. "--" .. boundary .. "--\r\n"
  return wrk.format("POST", path, {
    ["Cookie"] = session,
    ["Origin"] = origin,
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
  }, body)
end

response = function(status, headers, body)
  local location = headers["location"] or headers["Location"] or ""
  local id = string.match(location, "#post%-(%d+)$")
  if status == 303 and id then
    out:write(id, "\n")
    acknowledged = acknowledged + 1
  else
    failed = failed + 1
    if #failures < 200 then failures = failures .. status .. " " end
  end
end

done = function(summary, latency, requests)
  local acked, errors, samples = 0, 0, ""
  for _, thread in ipairs(threads) do
    acked = acked + thread:get("acknowledged")
    errors = errors + thread:get("failed")
    samples = samples .. thread:get("failures")
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"not_acknowledged":%d},' ..
    '"acknowledged":%d,"failure_statuses":"%s",' ..
    '"latency_us":{"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%.1f}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout, errors,
    acked, samples,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
