-- Scenario 7: the bank's payment notifications, signed in advance (GovServices.Bench sign-payments): each line is
-- X-EXTERNAL-ID <tab> X-TIMESTAMP <tab> X-SIGNATURE <tab> body, a new external id paying its own pending invoice.
-- Threads take every n-th line; a thread that runs out starts again, and those repeats are counted as replays.
-- Arguments: access token (payments.channel), signed requests file, number of threads.
dofile("report.lua")

local token, notifications, position = nil, {}, 0

function scenario_init(args)
  token = args[1]
  local threads = tonumber(args[3])
  for index, line in ipairs(read_lines(args[2])) do
    if (index - 1) % threads == thread_id then
      local external_id, timestamp, signature, body = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t(.+)$")
      table.insert(notifications, { external_id, timestamp, signature, body })
    end
  end
end

function request()
  position = position + 1
  if position > #notifications then
    position = 1
    replays = replays + #notifications
  end
  local notification = notifications[position]
  return wrk.format("POST", "/api/v1/payments/channel/transfer-va/payment", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["X-PARTNER-ID"] = "bank-channel",
    ["X-EXTERNAL-ID"] = notification[1],
    ["X-TIMESTAMP"] = notification[2],
    ["X-SIGNATURE"] = notification[3],
  }, notification[4])
end
