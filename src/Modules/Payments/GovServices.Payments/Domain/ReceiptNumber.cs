using System.Globalization;
using System.Security.Cryptography;

namespace GovServices.Payments.Domain;

/// <summary>A receipt number: the day it was paid (WITA) and random characters, unique by index: <c>BTG-20261128-7K3M9Q2X</c>.</summary>
internal static class ReceiptNumber
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New(DateTimeOffset paidAt) =>
        string.Create(CultureInfo.InvariantCulture, $"BTG-{paidAt.ToOffset(Wita.Offset):yyyyMMdd}-{RandomNumberGenerator.GetString(Alphabet, 8)}");
}
