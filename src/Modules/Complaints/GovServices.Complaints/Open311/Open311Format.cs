namespace GovServices.Complaints.Open311;

/// <summary>The answer formats GeoReport v2 clients choose by the resource's extension (<c>services.xml</c>, <c>services.json</c>).</summary>
internal enum Open311Format
{
    Json,
    Xml,
}
