-- Scenario 6: a partner app asks for a token with its client credentials.
dofile("report.lua")

local body = "grant_type=client_credentials&client_id=partner-app&client_secret=partner-app-secret&scope=complaints.read"

function request()
  return wrk.format("POST", "/connect/token", { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end
