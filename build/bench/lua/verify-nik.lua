-- Scenario 4: NIK verification of a seeded resident, picked at random, with the right name.
-- Arguments: access token (registry.verify), residents file (NIK <tab> full name).
dofile("report.lua")

local headers, bodies

function scenario_init(args)
  headers = { ["Authorization"] = "Bearer " .. args[1], ["Content-Type"] = "application/json" }
  bodies = {}
  for _, line in ipairs(read_lines(args[2])) do
    local nik, name = line:match("^([^\t]+)\t(.+)$")
    table.insert(bodies, '{"nik":' .. json_string(nik) .. ',"purpose":"health-service","fullName":' .. json_string(name) .. '}')
  end
end

function request()
  return wrk.format("POST", "/api/v1/civil-registry/verifications", headers, bodies[math.random(#bodies)])
end
