# syntax=docker/dockerfile:1
# GovServices host image (docs/adr/0037, docs/operations.md). Build from the repository root:
#   docker build -t govservices:local .
# Run it with a read-only root file system; only /var/lib/govservices (a volume) and /tmp (a tmpfs) are written:
#   docker run --read-only --tmpfs /tmp -v govservices-data:/var/lib/govservices -p 8080:8080 govservices:local

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Everything the build reads: the SDK pin, the shared MSBuild settings and package versions, the analyzer rules
# (warnings are errors, so the image must build with the same .editorconfig as CI), the sources and the probe.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY deploy/GovServices.HealthProbe/ deploy/GovServices.HealthProbe/
RUN dotnet restore src/Host/GovServices.Host/GovServices.Host.csproj \
 && dotnet restore deploy/GovServices.HealthProbe/GovServices.HealthProbe.csproj
RUN dotnet publish src/Host/GovServices.Host/GovServices.Host.csproj -c Release --no-restore -o /app \
 && dotnet publish deploy/GovServices.HealthProbe/GovServices.HealthProbe.csproj -c Release --no-restore -o /app/health-probe

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The image's own non-root user (uid 1654, $APP_UID) owns nothing but the data directory; the application files
# stay root's and read-only to it.
RUN mkdir -p /var/lib/govservices && chown "$APP_UID" /var/lib/govservices
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Database__DataDirectory=/var/lib/govservices
USER $APP_UID
# SQLite's schema files (single instance only), permit documents and complaint photos unless Storage:Root points elsewhere.
VOLUME /var/lib/govservices
EXPOSE 8080
# No curl or wget in this image: a 20-line .NET probe built above asks /health/live (no database check: a slow
# database must not get the container restarted; the proxy asks /health/ready).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["dotnet", "/app/health-probe/GovServices.HealthProbe.dll", "http://127.0.0.1:8080/health/live"]
ENTRYPOINT ["dotnet", "GovServices.Host.dll"]
