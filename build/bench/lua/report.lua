-- Shared by every scenario (loaded with dofile): counts non-2xx answers per thread, keeps the first one for the
-- log, and prints one machine-readable line that run.sh reads. A scenario defines request() and, if it needs its
-- arguments, scenario_init(args).
local threads = {}
local next_thread_id = 0

function setup(thread)
  thread:set("thread_id", next_thread_id)
  next_thread_id = next_thread_id + 1
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  replays = 0
  first_error = ""
  math.randomseed(os.time() * 100 + thread_id)
  if scenario_init then
    scenario_init(args)
  end
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if first_error == "" then
      first_error = status .. " " .. string.sub(body or "", 1, 300)
    end
  end
end

-- Reads a file of lines; a missing file stops wrk with the reason instead of measuring nothing.
function read_lines(path)
  local file = assert(io.open(path, "r"), "cannot open " .. tostring(path))
  local lines = {}
  for line in file:lines() do
    if line ~= "" then
      table.insert(lines, line)
    end
  end
  file:close()
  assert(#lines > 0, path .. " is empty")
  return lines
end

function json_string(text)
  return '"' .. text:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"'
end

function done(summary, latency, requests)
  local failed, replayed, sample = 0, 0, ""
  for _, thread in ipairs(threads) do
    failed = failed + (thread:get("non2xx") or 0)
    replayed = replayed + (thread:get("replays") or 0)
    local error_text = thread:get("first_error") or ""
    if sample == "" and error_text ~= "" then
      sample = error_text
    end
  end
  local errors = summary.errors
  local seconds = summary.duration / 1000000
  io.write(string.format(
    "BENCH requests=%d rps=%.1f p50=%.3f p95=%.3f p99=%.3f non2xx=%d socket=%d replays=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    failed, errors.connect + errors.read + errors.write + errors.timeout, replayed))
  if sample ~= "" then
    io.write("BENCH-FIRST-ERROR " .. sample:gsub("[\r\n]", " ") .. "\n")
  end
end
