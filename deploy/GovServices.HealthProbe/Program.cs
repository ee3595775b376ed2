// Docker's HEALTHCHECK runs this every interval: exit 0 when the URL answers 2xx within the timeout, 1 otherwise
// (Docker reserves 2). One short line on standard error says why, for `docker inspect`.
if (args is not [var address] || !Uri.TryCreate(address, UriKind.Absolute, out var url))
{
    await Console.Error.WriteLineAsync("usage: GovServices.HealthProbe <url>, for example http://127.0.0.1:8080/health/live");
    return 1;
}

using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
try
{
    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
    if (response.IsSuccessStatusCode)
        return 0;

    await Console.Error.WriteLineAsync($"{url} answered {(int)response.StatusCode}");
    return 1;
}
catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
{
    await Console.Error.WriteLineAsync($"{url}: {exception.Message}");
    return 1;
}
