-- Scenarios 2 and 3: one complaint by id, picked at random from the seeded ones.
-- Arguments: path prefix (/ceiling-db/complaints/ or /api/v1/complaints/), ids file, access token (scenario 3).
dofile("report.lua")

local prefix, ids, headers

function scenario_init(args)
  prefix = args[1]
  ids = read_lines(args[2])
  headers = {}
  if args[3] then
    headers["Authorization"] = "Bearer " .. args[3]
  end
end

function request()
  return wrk.format("GET", prefix .. ids[math.random(#ids)], headers)
end
