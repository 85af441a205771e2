-- wrk script for bench/http/run.
--   wrk ... -s wrk.lua URL                   GET with the command line's headers
--   wrk ... -s wrk.lua URL -- POST BODYFILE  that method, with the JSON body read from BODYFILE
-- At the end it prints one line the run script reads: requests/s, latency p50 and p99 (ms), responses other than
-- 2xx/3xx, socket errors and timeouts.

function init(args)
  if args[1] then
    local file = assert(io.open(args[2], "r"))
    wrk.method = args[1]
    wrk.body = file:read("*a")
    file:close()
    wrk.headers["Content-Type"] = "application/json"
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("KURA_RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d non2xx=%d socket_errors=%d timeouts=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.status, e.connect + e.read + e.write, e.timeout))
end
