using GovServices.Permits.Issuing.Numbering;

namespace GovServices.Permits.Tests.Issuing;

internal sealed class RomanNumeralTests
{
    [TestCase(1, "I")]
    [TestCase(2, "II")]
    [TestCase(3, "III")]
    [TestCase(4, "IV")]
    [TestCase(5, "V")]
    [TestCase(6, "VI")]
    [TestCase(7, "VII")]
    [TestCase(8, "VIII")]
    [TestCase(9, "IX")]
    [TestCase(10, "X")]
    [TestCase(11, "XI")]
    [TestCase(12, "XII")]
    [TestCase(14, "XIV")]
    [TestCase(40, "XL")]
    [TestCase(90, "XC")]
    [TestCase(400, "CD")]
    [TestCase(1994, "MCMXCIV")]
    [TestCase(2026, "MMXXVI")]
    [TestCase(3999, "MMMCMXCIX")]
    public void Numbers_are_written_in_the_subtractive_form(int value, string numeral) =>
        Assert.That(RomanNumeral.From(value), Is.EqualTo(numeral));

    [Test]
    public void Every_month_has_its_numeral() =>
        Assert.That(
            Enumerable.Range(1, 12).Select(RomanNumeral.From),
            Is.EqualTo(new[] { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" }));

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(4000)]
    public void There_is_no_numeral_outside_one_to_3999(int value) =>
        Assert.That(() => RomanNumeral.From(value), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
