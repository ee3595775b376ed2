using System.Text.Json;
using GovServices.Permits.Domain;

namespace GovServices.Permits.Tests;

public sealed class FeeRuleTests
{
    [Test]
    public void A_billboard_fee_is_its_rate_times_area_times_years_rounded_up_to_whole_rupiah()
    {
        var rule = new FeeRule(FeeRule.PerUnit, RatePerUnit: 150_000, UnitFields: ["area_m2", "duration_years"]);

        var fee = rule.Compute(Form("""{ "area_m2": 2.333, "duration_years": 2 }"""));

        Assert.That(fee, Is.EqualTo(699_900));
    }

    [Test]
    public void Fractions_of_a_rupiah_are_rounded_up()
    {
        var rule = new FeeRule(FeeRule.PerUnit, RatePerUnit: 12_500, UnitFields: ["floor_area_m2"]);

        Assert.That(rule.Compute(Form("""{ "floor_area_m2": 100.00001 }""")), Is.EqualTo(1_250_001));
    }

    [Test]
    public void Fixed_free_and_assessed_fees()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(new FeeRule(FeeRule.Fixed, Amount: 100_000).Compute(Form("{}")), Is.EqualTo(100_000));
            Assert.That(new FeeRule(FeeRule.Free).Compute(Form("{}")), Is.Zero);
            Assert.That(new FeeRule(FeeRule.Assessed).Compute(Form("{}")), Is.Null, "an officer sets it");
        }
    }

    private static Dictionary<string, JsonElement> Form(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
}
