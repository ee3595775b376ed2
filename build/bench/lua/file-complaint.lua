-- Scenario 5: a partner app files a complaint on a reporter's behalf, each with its own Idempotency-Key.
-- Arguments: access token (complaints.submit), run id (makes keys unique across runs and the warm-up).
dofile("report.lua")

local token, key_prefix, counter = nil, nil, 0
local body = '{"title":"Lampu jalan padam","description":"Lampu penerangan jalan di depan sekolah padam sejak tiga hari.",'
  .. '"category":"penerangan_jalan","address":"Jl. Ahmad Yani, Bontang Utara",'
  .. '"reporter":{"name":"Pelapor Bench","contact":"+6281200000000"}}'

function scenario_init(args)
  token = args[1]
  key_prefix = args[2] .. "-" .. thread_id .. "-"
end

function request()
  counter = counter + 1
  return wrk.format("POST", "/api/v1/complaints", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = key_prefix .. counter,
  }, body)
end
