using GovServices.Permits.Issuing.Numbering;

namespace GovServices.Permits.Tests.Issuing;

internal sealed class PermitNumberTests
{
    [Test]
    public void A_number_reads_classification_sequence_opd_roman_month_and_year() =>
        Assert.That(PermitNumber.Format("503", 42, "DPMPTSP", new DateOnly(2026, 11, 30)), Is.EqualTo("503/0042/DPMPTSP/XI/2026"));

    [Test]
    public void The_sequence_has_at_least_four_digits_and_grows_beyond_them()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PermitNumber.Format("600.1.15", 1, "DPUPR", new DateOnly(2027, 1, 2)), Is.EqualTo("600.1.15/0001/DPUPR/I/2027"));
            Assert.That(PermitNumber.Format("503", 12345, "DPMPTSP", new DateOnly(2026, 4, 1)), Is.EqualTo("503/12345/DPMPTSP/IV/2026"));
        }
    }

    [Test]
    public void The_opd_is_written_in_capitals() =>
        Assert.That(PermitNumber.Format("503", 7, "dinkes", new DateOnly(2026, 9, 9)), Is.EqualTo("503/0007/DINKES/IX/2026"));

    [Test]
    public void A_sequence_starts_at_one() =>
        Assert.That(() => PermitNumber.Format("503", 0, "DPMPTSP", new DateOnly(2026, 1, 1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
