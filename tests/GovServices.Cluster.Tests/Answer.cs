using System.Text.Json.Nodes;

namespace GovServices.Cluster.Tests;

/// <summary>What one request got back through the load balancer; <see cref="Status"/> 0 when no answer came at all.</summary>
internal sealed record Answer(int Status, string Body, string? ServedBy, string? ETag, string? Location, bool Replayed)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The answer has no JSON body.");
}
