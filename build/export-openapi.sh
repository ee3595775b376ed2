#!/usr/bin/env bash
# Regenerates docs/openapi/v1.json from the application hosted in memory, by running the test that
# otherwise fails when the committed document is stale. Commit the result with the change that caused it.
set -euo pipefail

cd "$(dirname "$0")/.."
GOVSERVICES_UPDATE_OPENAPI=1 dotnet test tests/GovServices.Host.Tests \
  --filter "Name=The_committed_document_is_the_one_the_application_serves"
