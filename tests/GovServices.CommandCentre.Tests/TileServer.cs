using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GovServices.CommandCentre.Tests;

/// <summary>
/// A map tile server on 127.0.0.1 standing in for an OpenStreetMap-style layer (the room's internet is not here): it
/// answers every <c>/{z}/{x}/{y}.png</c> with one plain tile and keeps the paths it was asked for.
/// </summary>
internal sealed class TileServer : IDisposable
{
    // One pixel of the map's dark blue: the browser stretches it over the tile's square.
    private static readonly byte[] Tile = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGOQsvIHAAEVAKRCbyRGAAAAAElFTkSuQmCC");

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stopping = new();

    public TileServer()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    /// <summary>The layer as <c>CommandCentre:TileUrl</c> takes it.</summary>
    public string TileUrl => BaseAddress + "{z}/{x}/{y}.png";

    /// <summary>The tile paths the browser asked for, such as <c>/13/6766/4091.png</c>.</summary>
    public ConcurrentDictionary<string, int> Requested { get; } = new(StringComparer.Ordinal);

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Close();
        _stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }

            Requested.AddOrUpdate(context.Request.Url!.AbsolutePath, 1, (_, count) => count + 1);
            context.Response.ContentType = "image/png";
            context.Response.ContentLength64 = Tile.Length;
            await context.Response.OutputStream.WriteAsync(Tile);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
