using System.Data.Common;
using System.Globalization;
using GovServices.BuildingBlocks.Auditing;

namespace GovServices.Audit.Sealing;

/// <summary>
/// A record of an audited table as the seal sees it: its sealed columns in canonical text form. Ids are lower-case
/// UUIDs and times UTC ISO 8601 with microseconds (PostgreSQL keeps no more), whatever the provider returns.
/// </summary>
internal sealed record SealedRecord(string Table, Guid Id, DateTimeOffset OccurredAt, IReadOnlyList<KeyValuePair<string, string?>> Content)
{
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary>Reads the current row; the reader's columns are the table's sealed content, in order.</summary>
    public static SealedRecord Read(DbDataReader reader, AuditedTable table)
    {
        var columns = table.Columns.SealedContent;
        var id = ReadId(reader.GetValue(0));
        var occurredAt = ReadTime(reader.GetValue(1));
        var content = new List<KeyValuePair<string, string?>>(columns.Count)
        {
            new(AuditedColumns.Id, id.ToString("D")),
            new(AuditedColumns.OccurredAt, Format(occurredAt)),
        };
        for (var ordinal = 2; ordinal < columns.Count; ordinal++)
        {
            var value = reader.GetValue(ordinal);
            content.Add(new(columns[ordinal], value is DBNull ? null : Convert.ToString(value, CultureInfo.InvariantCulture)));
        }

        return new SealedRecord(table.Table, id, occurredAt, content);
    }

    public static string Format(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % 10)).ToString(TimeFormat, CultureInfo.InvariantCulture);
    }

    private static Guid ReadId(object value) => value switch
    {
        Guid guid => guid,
        string text => Guid.Parse(text),
        _ => throw new InvalidOperationException($"An audited id cannot be read from {value.GetType().Name}."),
    };

    private static DateTimeOffset ReadTime(object value) => value switch
    {
        DateTimeOffset time => time,
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => throw new InvalidOperationException($"An audited time cannot be read from {value.GetType().Name}."),
    };
}
