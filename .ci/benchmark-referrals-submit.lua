-- wrk script of .ci/benchmark-referrals (OPEN runs): submits the drafts FIRST..LAST, each once,
-- thread i taking FIRST+i, FIRST+i+THREADS, ...; a thread stops once each of its share has been
-- answered or sent (so it does not load the portal while the deliveries are measured). Counts the
-- submits answered with a state and those that did not answer 200; the database has the truth.
local first = tonumber(os.getenv("FIRST"))
local last = tonumber(os.getenv("LAST"))
local step = tonumber(os.getenv("WRK_THREADS"))
local auth = os.getenv("AUTH")
local threads = {}
local index = 0

function setup(thread)
  thread:set("offset", index)
  index = index + 1
  table.insert(threads, thread)
end

function init(args)
  nextId = first + offset
  share = math.floor((last - first - offset) / step) + 1
  answered = 0
  failed = 0
  submitted = 0
end

function request()
  if nextId > last then
    -- every id of this thread's share has been sent: stop, so that nothing else loads the portal
    -- while the deliveries are measured (the portal finishes what was sent; the database counts)
    wrk.thread:stop()
    return wrk.format("GET", "/health/live")
  end
  local id = nextId
  nextId = nextId + step
  return wrk.format("POST", "/api/v1/regions/29/referrals/" .. id .. "/submit",
    {["Authorization"] = auth, ["Content-Type"] = "application/json"}, "")
end

function response(status, headers, body)
  if string.find(body or "", "\"state\"", 1, true) then
    submitted = submitted + 1
    answered = answered + 1
  elseif status ~= 200 then
    failed = failed + 1
    answered = answered + 1
  end
  if answered >= share then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local s, f = 0, 0
  for _, t in ipairs(threads) do
    s = s + t:get("submitted")
    f = f + t:get("failed")
  end
  io.write(string.format("{\"submitted\": %d, \"failed\": %d}\n", s, f))
end
