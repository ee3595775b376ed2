using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace GovServices.Complaints.Open311;

/// <summary>
/// An Open311 answer in the format the client asked for: a list (<c>services/service</c>,
/// <c>service_requests/request</c>, <c>errors/error</c>) or a single element (<c>service_definition</c>), written
/// field by field so that names and order are exactly the spec's.
/// </summary>
internal sealed class Open311Result(Open311Format format, int statusCode, string rootName, string? elementName, IReadOnlyList<IReadOnlyList<Open311Field>> elements) : IResult
{
    public int StatusCode => statusCode;

    public static Open311Result List(Open311Format format, string rootName, string elementName, IReadOnlyList<IReadOnlyList<Open311Field>> elements, int statusCode = StatusCodes.Status200OK) =>
        new(format, statusCode, rootName, elementName, elements);

    public static Open311Result Single(Open311Format format, string rootName, IReadOnlyList<Open311Field> element) =>
        new(format, StatusCodes.Status200OK, rootName, elementName: null, [element]);

    /// <summary>The spec's error answer: <c>[{code, description}]</c>, or <c>errors/error</c> in XML; the code is the HTTP status.</summary>
    public static Open311Result Errors(Open311Format format, int statusCode, params string[] descriptions) =>
        new(format, statusCode, "errors", "error", [.. descriptions.Select(description => (IReadOnlyList<Open311Field>)[new("code", statusCode), new("description", description)])]);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = format == Open311Format.Xml ? "text/xml; charset=utf-8" : "application/json; charset=utf-8";
        var body = format == Open311Format.Xml ? WriteXml() : WriteJson();
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    private byte[] WriteJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            if (elementName is null)
            {
                WriteJsonObject(json, elements[0]);
            }
            else
            {
                json.WriteStartArray();
                foreach (var element in elements)
                    WriteJsonObject(json, element);
                json.WriteEndArray();
            }
        }

        return buffer.ToArray();
    }

    private static void WriteJsonObject(Utf8JsonWriter json, IReadOnlyList<Open311Field> fields)
    {
        json.WriteStartObject();
        foreach (var field in fields)
        {
            json.WritePropertyName(field.Name);
            switch (field.Value)
            {
                case null:
                    json.WriteNullValue();
                    break;
                case bool flag:
                    json.WriteBooleanValue(flag);
                    break;
                case int number:
                    json.WriteNumberValue(number);
                    break;
                case double number:
                    json.WriteNumberValue(number);
                    break;
                case Open311List list:
                    json.WriteStartArray();
                    foreach (var item in list.Items)
                        WriteJsonObject(json, item);
                    json.WriteEndArray();
                    break;
                case Open311Values values:
                    json.WriteStartArray();
                    foreach (var value in values.Values)
                        json.WriteStringValue(value);
                    json.WriteEndArray();
                    break;
                default:
                    json.WriteStringValue(Text(field.Value));
                    break;
            }
        }

        json.WriteEndObject();
    }

    private byte[] WriteXml()
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = false };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(rootName);
            if (elementName is null)
            {
                WriteXmlFields(xml, elements[0]);
            }
            else
            {
                foreach (var element in elements)
                {
                    xml.WriteStartElement(elementName);
                    WriteXmlFields(xml, element);
                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WriteXmlFields(XmlWriter xml, IReadOnlyList<Open311Field> fields)
    {
        foreach (var field in fields)
        {
            xml.WriteStartElement(field.Name);
            if (field.Value is Open311List list)
            {
                foreach (var item in list.Items)
                {
                    xml.WriteStartElement(list.ElementName);
                    WriteXmlFields(xml, item);
                    xml.WriteEndElement();
                }
            }
            else if (field.Value is Open311Values values)
            {
                foreach (var value in values.Values)
                    xml.WriteElementString(values.ElementName, value);
            }
            else if (field.Value is not null)
            {
                xml.WriteString(Text(field.Value));
            }

            xml.WriteEndElement();
        }
    }

    // ISO 8601 with the offset, as the spec requires; booleans in lower case as in its examples.
    private static string Text(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        DateTimeOffset time => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
