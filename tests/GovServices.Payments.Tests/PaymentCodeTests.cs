using GovServices.Payments.Domain;

namespace GovServices.Payments.Tests;

public sealed class PaymentCodeTests
{
    [TestCase("7992739871", '3')]
    [TestCase("8074000000000000", '7')]
    [TestCase("0", '0')]
    public void The_check_digit_is_Luhns(string digits, char expected) =>
        Assert.That(PaymentCode.LuhnCheckDigit(digits), Is.EqualTo(expected));

    [Test]
    public void A_code_is_the_prefix_random_digits_and_a_valid_check_digit()
    {
        var code = PaymentCode.New("8074", 16);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Has.Length.EqualTo(16));
            Assert.That(code, Does.StartWith("8074").And.Match("^[0-9]{16}$"));
            Assert.That(PaymentCode.HasValidCheckDigit(code), Is.True);
        }
    }

    [Test]
    public void A_mistyped_digit_or_swapped_neighbours_are_caught()
    {
        var code = PaymentCode.New("8074", 16);
        var mistyped = code[..6] + (char)('0' + ((code[6] - '0' + 1) % 10)) + code[7..];
        var swapped = code[..8] + code[9] + code[8] + code[10..];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(PaymentCode.HasValidCheckDigit(mistyped), Is.False);
            // Luhn's one blind spot: swapping 0 and 9 leaves the sum unchanged (random codes met it about once in 50 runs).
            var undetectable = code[8] == code[9] || (code[8], code[9]) is ('0', '9') or ('9', '0');
            Assert.That(PaymentCode.HasValidCheckDigit(swapped), Is.EqualTo(undetectable), "a swap of two different digits other than 0 and 9 is caught");
        }
    }

    [Test]
    public void Codes_are_neither_repeated_nor_sequential()
    {
        var bodies = Enumerable.Range(0, 2000)
            .Select(_ => long.Parse(PaymentCode.New("8074", 16).AsSpan(4, 11), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        var steps = bodies.Zip(bodies.Skip(1), (previous, next) => Math.Abs(next - previous)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bodies, Is.Unique);
            Assert.That(steps.Count(step => step < 1000), Is.LessThan(5), "consecutive codes are far apart");
            Assert.That(bodies.Select(body => body % 10).Distinct().Count(), Is.EqualTo(10), "every last digit occurs");
        }
    }
}
