#!/usr/bin/env bash
# Runs the service in Development (as `dotnet run --project src/Host/GovServices.Host`) and, when the smtp4dev dotnet
# tool is installed (`dotnet tool install -g Rnwood.Smtp4dev`), a local SMTP server that catches every email the
# service sends: its web page is http://127.0.0.1:5081. Without it, messages land in the in-app inbox only
# (GET /api/v1/notifications/me). Stops smtp4dev when the service stops.
set -euo pipefail

cd "$(dirname "$0")/.."
smtp4dev_pid=""
if command -v smtp4dev >/dev/null 2>&1; then
  smtp4dev --urls=http://127.0.0.1:5081 --smtpport=2525 --db= >/dev/null 2>&1 &
  smtp4dev_pid=$!
  trap 'kill "$smtp4dev_pid" 2>/dev/null || true' EXIT
  export Notifications__Email__Host=127.0.0.1
  export Notifications__Email__Port=2525
  export Notifications__Email__Security=None
  echo "smtp4dev: the emails the service sends are at http://127.0.0.1:5081"
else
  echo "smtp4dev is not installed (dotnet tool install -g Rnwood.Smtp4dev): messages land in the in-app inbox only"
fi

dotnet run --project src/Host/GovServices.Host "$@"
