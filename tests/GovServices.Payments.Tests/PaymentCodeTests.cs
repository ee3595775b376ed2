using System.Globalization;
using GovServices.Payments.Domain;

namespace GovServices.Payments.Tests;

public sealed class PaymentCodeTests
{
    // A fixed code body: the tests below walk every position and every digit pair themselves, so none rests on chance.
    private const string Body = "807412345678901";

    [TestCase("572", '4')]
    [TestCase("807400000000000", '8')]
    [TestCase(Body, '3')]
    [TestCase("0", '0')]
    public void The_check_digit_is_Damms(string digits, char expected) =>
        Assert.That(PaymentCode.DammCheckDigit(digits), Is.EqualTo(expected));

    [Test]
    public void A_code_is_the_prefix_the_drawn_digits_and_a_valid_check_digit()
    {
        var digits = new Queue<int>([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);

        var code = PaymentCode.New("8074", 16, digits.Dequeue);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(Body + "3"));
            Assert.That(PaymentCode.HasValidCheckDigit(code), Is.True);
        }
    }

    [Test]
    public void A_code_from_the_random_source_has_the_prefix_sixteen_digits_and_a_valid_check_digit()
    {
        var code = PaymentCode.New("8074", 16);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Does.StartWith("8074").And.Match("^[0-9]{16}$"));
            Assert.That(PaymentCode.HasValidCheckDigit(code), Is.True);
        }
    }

    [Test]
    public void Every_mistyped_digit_is_caught_at_every_position()
    {
        var code = Body + PaymentCode.DammCheckDigit(Body);

        var missed = (from position in Enumerable.Range(0, code.Length)
                      from digit in "0123456789"
                      where digit != code[position]
                      let typo = code[..position] + digit + code[(position + 1)..]
                      where PaymentCode.HasValidCheckDigit(typo)
                      select typo).ToList();

        Assert.That(missed, Is.Empty);
    }

    [Test]
    public void Every_swap_of_two_different_neighbours_is_caught_at_every_position()
    {
        var withPairInTheBody = from position in Enumerable.Range(0, Body.Length - 1)
                                from first in "0123456789"
                                from second in "0123456789"
                                where first != second
                                let body = Body[..position] + first + second + Body[(position + 2)..]
                                select (Code: body + PaymentCode.DammCheckDigit(body), Position: position);
        var beforeTheCheckDigit = from last in "0123456789"
                                  let body = Body[..^1] + last
                                  select (Code: body + PaymentCode.DammCheckDigit(body), Position: Body.Length - 1);

        var missed = (from pair in withPairInTheBody.Concat(beforeTheCheckDigit)
                      let code = pair.Code
                      let position = pair.Position
                      where code[position] != code[position + 1]
                      let swapped = code[..position] + code[position + 1] + code[position] + code[(position + 2)..]
                      where PaymentCode.HasValidCheckDigit(swapped)
                      select $"{code} -> {swapped}").ToList();

        Assert.That(missed, Is.Empty);
    }

    [Test]
    public void Luhn_which_codes_issued_before_ADR_0058_carry_misses_a_swap_of_0_and_9()
    {
        const string body = "807400000000090";
        var code = body + PaymentCode.LuhnCheckDigit(body);
        var swapped = code[..13] + "09" + code[15..];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(PaymentCode.HasLegacyLuhnCheckDigit(code), Is.True);
            Assert.That(PaymentCode.HasLegacyLuhnCheckDigit(swapped), Is.True, "Luhn's blind spot");
            var dammCode = body + PaymentCode.DammCheckDigit(body);
            Assert.That(PaymentCode.HasValidCheckDigit(dammCode[..13] + "09" + dammCode[15..]), Is.False, "Damm catches it");
        }
    }

    [Test]
    public void Codes_are_neither_repeated_nor_sequential()
    {
        var bodies = Enumerable.Range(0, 2000)
            .Select(_ => long.Parse(PaymentCode.New("8074", 16).AsSpan(4, 11), CultureInfo.InvariantCulture))
            .ToList();

        var steps = bodies.Zip(bodies.Skip(1), (previous, next) => Math.Abs(next - previous)).ToList();
        using (Assert.EnterMultipleScope())
        {
            // 2,000 draws of 11 random digits: about 2e-5 pairs repeat and 4e-5 steps fall under 1,000 by chance, so
            // the bounds below fail by chance less than once in 10^12 runs, and a broken (sequential or constant)
            // generator fails them every time.
            Assert.That(bodies.Count - bodies.Distinct().Count(), Is.LessThanOrEqualTo(2), "codes do not repeat");
            Assert.That(steps.Count(step => step < 1000), Is.LessThan(5), "consecutive codes are far apart");
            Assert.That(bodies.Select(body => body % 10).Distinct().Count(), Is.EqualTo(10), "every last digit occurs");
        }
    }
}
