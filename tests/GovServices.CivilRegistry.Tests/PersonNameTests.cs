using GovServices.CivilRegistry.Domain;

namespace GovServices.CivilRegistry.Tests;

/// <summary>How names are compared: case, spaces, punctuation, honorifics and degrees do not count.</summary>
public sealed class PersonNameTests
{
    [TestCase("Siti Aminah", "SITI AMINAH", TestName = "Case does not count")]
    [TestCase("  Siti   Aminah ", "SITI AMINAH", TestName = "Extra spaces do not count")]
    [TestCase("Siti-Aminah", "SITIAMINAH", TestName = "Punctuation inside a word is dropped")]
    [TestCase("Hj. Siti Aminah", "SITI AMINAH", TestName = "Hj. is an honorific")]
    [TestCase("H. Muhammad Yusuf", "MUHAMMAD YUSUF", TestName = "H. is an honorific")]
    [TestCase("Ir. H. Basri Rase", "BASRI RASE", TestName = "Ir. and H. together")]
    [TestCase("Dr. Neni Moerniaeni", "NENI MOERNIAENI", TestName = "Dr. is an honorific")]
    [TestCase("Budi Santoso, S.Kom.", "BUDI SANTOSO", TestName = "S.Kom. is a degree")]
    [TestCase("Budi Santoso S.H.", "BUDI SANTOSO", TestName = "S.H. without a comma is a degree")]
    [TestCase("Dr. Ir. Agus Haris, S.H., M.H.", "AGUS HARIS", TestName = "Several honorifics and degrees")]
    [TestCase("Andi Lala", "ANDI LALA", TestName = "A name without titles stays whole")]
    [TestCase("H.", "H", TestName = "A name that is only an honorific is not emptied")]
    public void A_name_is_normalised(string name, string expected) =>
        Assert.That(PersonName.Normalise(name), Is.EqualTo(expected));

    [Test]
    public void The_same_person_written_two_ways_scores_one() =>
        Assert.That(PersonName.Similarity("Hj. SITI  aminah, S.Kom.", "Siti Aminah"), Is.EqualTo(1.0));

    [Test]
    public void Word_order_does_not_lower_the_score() =>
        Assert.That(PersonName.Similarity("Santoso Budi", "Budi Santoso"), Is.EqualTo(1.0));

    [Test]
    public void A_typo_scores_high_but_below_one() =>
        Assert.That(PersonName.Similarity("Siti Aminh", "Siti Aminah"), Is.InRange(0.85, 0.99));

    [Test]
    public void Another_person_scores_low() =>
        Assert.That(PersonName.Similarity("Budi Santoso", "Siti Aminah"), Is.LessThan(0.4));
}
