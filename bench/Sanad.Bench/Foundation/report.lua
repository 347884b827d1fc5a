-- Used by `Sanad.Bench foundation` with wrk: adds the bearer token when SANAD_BENCH_TOKEN is set,
-- and prints one line the bench parses (wrk's own output is meant for people, not programs).
local token = os.getenv("SANAD_BENCH_TOKEN")
if token ~= nil and token ~= "" then
   wrk.headers["Authorization"] = "Bearer " .. token
end

-- With SANAD_BENCH_REQUESTS (a file, one request a line), each request takes the next line: a path
-- for GET, a JSON body for POST (SANAD_BENCH_METHOD), so a search never hits the same name twice in a row.
local file = os.getenv("SANAD_BENCH_REQUESTS")
if file ~= nil and file ~= "" then
   local lines = {}
   for line in io.lines(file) do
      if line ~= "" then lines[#lines + 1] = line end
   end
   local method = os.getenv("SANAD_BENCH_METHOD")
   local path = wrk.path
   if method == "POST" then wrk.headers["Content-Type"] = "application/json" end
   local i = math.random(#lines)
   request = function()
      i = i % #lines + 1
      if method == "POST" then return wrk.format("POST", path, nil, lines[i]) end
      return wrk.format("GET", lines[i])
   end
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      "BENCH rps=%.2f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f requests=%d non2xx=%d socket_errors=%d\n",
      summary.requests / seconds,
      latency:percentile(50) / 1000,
      latency:percentile(95) / 1000,
      latency:percentile(99) / 1000,
      summary.requests,
      e.status,
      e.connect + e.read + e.write + e.timeout))
end
