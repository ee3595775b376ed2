-- Scenario 1: the bare app's constant.
dofile("report.lua")

function request()
  return wrk.format("GET", "/ceiling")
end
