using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Tests;

[TestFixture]
internal sealed class TrackingCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    [Test]
    public void A_new_code_is_LPR_then_two_groups_of_four_crockford_characters_and_reads_back_as_itself()
    {
        for (var index = 0; index < 1000; index++)
        {
            var code = TrackingCode.NewCode();
            Assert.That(code, Does.Match("^LPR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"));
            Assert.That(TrackingCode.TryParse(code, out var parsed), Is.True, code);
            Assert.That(parsed, Is.EqualTo(code));
        }
    }

    [Test]
    public void New_codes_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => TrackingCode.NewCode()).ToList();

        // 10,000 codes of 35 random bits: about 0.0015 pairs repeat by chance (a strict "no repeat" failed once in
        // ~700 runs); four or more repeats happen by chance less than once in 10^12 runs, a broken generator always.
        Assert.That(codes.Count - codes.Distinct().Count(), Is.LessThanOrEqualTo(3));
    }

    [Test]
    public void Every_single_wrong_character_is_caught_by_the_check_character()
    {
        var code = TrackingCode.NewCode();
        var positions = new[] { 4, 5, 6, 7, 9, 10, 11, 12 };
        foreach (var position in positions)
        {
            foreach (var symbol in Alphabet.Where(symbol => symbol != code[position]))
            {
                var typo = string.Concat(code.AsSpan(0, position), symbol.ToString(), code.AsSpan(position + 1));
                Assert.That(TrackingCode.TryParse(typo, out _), Is.False, $"{typo} should fail the check of {code}");
            }
        }
    }

    [Test]
    public void A_code_is_read_as_people_type_it()
    {
        var code = TrackingCode.NewCode();
        var typed = code.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal);

        Assert.That(TrackingCode.TryParse(typed, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(code));
    }

    [TestCase("")]
    [TestCase("LPR-")]
    [TestCase("ABC-1234-5678")]
    [TestCase("LPR-1234-567")]
    [TestCase("LPR-1234-56789")]
    [TestCase("LPR-12U4-5678")]
    public void Malformed_codes_are_refused(string text)
    {
        Assert.That(TrackingCode.TryParse(text, out _), Is.False);
    }
}
