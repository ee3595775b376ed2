using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace GovServices.Complaints.Tests;

/// <summary>Service definitions with real attributes, answered in <c>attribute[code]</c> when filing.</summary>
public sealed partial class Open311ApiTests
{
    private static readonly string[] AttributeFields = ["variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"];

    [Test]
    public async Task A_service_with_questions_has_metadata_and_its_definition_lists_them_in_json_and_xml()
    {
        var code = await CreateCategoryWithQuestionsAsync();
        using var anonymous = _host!.CreateClient();

        var services = JsonNode.Parse(await anonymous.GetStringAsync(new Uri("/open311/v2/services.json", UriKind.Relative)))!.AsArray();
        var json = JsonNode.Parse(await anonymous.GetStringAsync(new Uri($"/open311/v2/services/{code}.json", UriKind.Relative)))!;
        using var inIndonesian = new HttpRequestMessage(HttpMethod.Get, new Uri($"/open311/v2/services/{code}.xml", UriKind.Relative));
        inIndonesian.Headers.AcceptLanguage.ParseAdd("id");
        using var xmlResponse = await anonymous.SendAsync(inIndonesian);
        var xml = XDocument.Parse(await xmlResponse.Content.ReadAsStringAsync()).Root!;

        var attributes = json["attributes"]!.AsArray();
        var roadType = attributes[0]!.AsObject();
        var xmlRoadType = xml.Element("attributes")!.Elements("attribute").First();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(services.Single(service => service!["service_code"]!.GetValue<string>() == code)!["metadata"]!.GetValue<bool>(), Is.True);
            Assert.That(services.Single(service => service!["service_code"]!.GetValue<string>() == "sampah")!["metadata"]!.GetValue<bool>(), Is.False);
            Assert.That(attributes.Select(attribute => attribute!["code"]!.GetValue<string>()), Is.EqualTo(new[] { "road_type", "lamps", "faults" }));
            Assert.That(roadType.Select(field => field.Key), Is.EqualTo(AttributeFields));
            Assert.That(roadType["variable"]!.GetValue<bool>(), Is.True);
            Assert.That(roadType["datatype"]!.GetValue<string>(), Is.EqualTo("singlevaluelist"));
            Assert.That(roadType["required"]!.GetValue<bool>(), Is.True);
            Assert.That(roadType["order"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(roadType["description"]!.GetValue<string>(), Is.EqualTo("Road type"));
            Assert.That(roadType["values"]![1]!["key"]!.GetValue<string>(), Is.EqualTo("kolektor"));
            Assert.That(roadType["values"]![1]!["name"]!.GetValue<string>(), Is.EqualTo("Collector"));
            Assert.That(attributes[1]!.AsObject().ContainsKey("values"), Is.False, "a number question offers no values");
            Assert.That(xml.Name.LocalName, Is.EqualTo("service_definition"));
            Assert.That(xmlRoadType.Elements().Select(element => element.Name.LocalName), Is.EqualTo(AttributeFields));
            Assert.That(xmlRoadType.Element("description")!.Value, Is.EqualTo("Jenis jalan"));
            Assert.That(xmlRoadType.Element("required")!.Value, Is.EqualTo("true"));
            Assert.That(xmlRoadType.Element("values")!.Elements("value").Select(value => value.Element("name")!.Value), Is.EqualTo(new[] { "Arteri", "Kolektor" }));
        }
    }

    [Test]
    public async Task A_partner_answers_the_questions_in_attribute_arguments_and_a_wrong_answer_is_400_naming_it()
    {
        var code = await CreateCategoryWithQuestionsAsync();
        using var anonymous = _host!.CreateClient();

        using var answered = await anonymous.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), ServiceRequestWith(code,
            ("attribute[road_type]", "arteri"), ("attribute[lamps]", "2"), ("attribute[faults][]", "mati"), ("attribute[faults][]", "berkedip")));
        var answeredBody = await answered.Content.ReadAsStringAsync();
        using var missing = await anonymous.PostAsync(new Uri("/open311/v2/requests.xml", UriKind.Relative), ServiceRequestWith(code, ("attribute[lamps]", "dua")));
        var errors = XDocument.Parse(await missing.Content.ReadAsStringAsync()).Root!.Elements("error").Select(error => error.Element("description")!.Value).ToList();

        var id = await IdOfAsync(JsonNode.Parse(answeredBody)![0]!["service_request_id"]!.GetValue<string>());
        using var api = OAuth.CreateApiClient(_tokens["partner-app"]);
        var complaint = JsonNode.Parse(await api.GetStringAsync(new Uri($"/api/v1/complaints/{id}", UriKind.Relative)))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.Created), answeredBody);
            Assert.That(complaint["attributes"]!["road_type"]!.GetValue<string>(), Is.EqualTo("arteri"));
            Assert.That(complaint["attributes"]!["lamps"]!.GetValue<decimal>(), Is.EqualTo(2m));
            Assert.That(complaint["attributes"]!["faults"]!.AsArray().Select(key => key!.GetValue<string>()), Is.EqualTo(new[] { "mati", "berkedip" }));
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors, Has.Count.EqualTo(2));
            Assert.That(errors, Has.Some.StartsWith("attribute[road_type]: "));
            Assert.That(errors, Has.Some.StartsWith("attribute[lamps]: "));
        }
    }

    private async Task<string> CreateCategoryWithQuestionsAsync()
    {
        var code = "lampu_" + Guid.NewGuid().ToString("N")[..8];
        using var admin = OAuth.CreateApiClient(_tokens["admin"]);
        using var created = await admin.PostAsJsonAsync(new Uri("/api/v1/complaints/categories", UriKind.Relative), new
        {
            code,
            nameId = "Lampu jalan",
            nameEn = "Street lights",
            description = "Lampu penerangan jalan umum mati atau rusak.",
            opd = "DISHUB",
            slaWorkingDays = 5,
            attributes = new object[]
            {
                new { code = "faults", labelId = "Kerusakan", labelEn = "Faults", datatype = "multivaluelist", order = 3, values = new[] { new { key = "mati", nameId = "Mati", nameEn = "Off" }, new { key = "berkedip", nameId = "Berkedip", nameEn = "Flickering" } } },
                new { code = "road_type", labelId = "Jenis jalan", labelEn = "Road type", datatype = "singlevaluelist", required = true, order = 1, values = new[] { new { key = "arteri", nameId = "Arteri", nameEn = "Arterial" }, new { key = "kolektor", nameId = "Kolektor", nameEn = "Collector" } } },
                new { code = "lamps", labelId = "Jumlah lampu mati", labelEn = "Number of lamps out", datatype = "number", order = 2 },
            },
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return code;
    }

    private static FormUrlEncodedContent ServiceRequestWith(string serviceCode, params (string Name, string Value)[] answers) =>
        new([
            new("api_key", DemoApiKey),
            new("service_code", serviceCode),
            new("lat", "0.1333"),
            new("long", "117.4833"),
            new("first_name", "Budi"),
            new("last_name", "Hartono"),
            new("email", "budi.hartono@example.id"),
            new("description", "Dua lampu jalan mati di Jalan Ahmad Yani."),
            .. answers.Select(answer => new KeyValuePair<string, string>(answer.Name, answer.Value)),
        ]);
}
