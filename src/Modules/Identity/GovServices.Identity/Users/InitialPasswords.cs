using System.Security.Cryptography;

namespace GovServices.Identity.Users;

/// <summary>
/// A password for a new staff account when the admin gives none: 20 random characters with every class the password
/// policy asks for. Returned once, to be handed over and changed; never stored in plain or logged.
/// </summary>
internal static class InitialPasswords
{
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "!#$%*+-=?@_";
    private const int Length = 20;

    public static string Generate()
    {
        const string any = Lower + Upper + Digits + Symbols;
        var characters = new char[Length];
        characters[0] = Pick(Lower);
        characters[1] = Pick(Upper);
        characters[2] = Pick(Digits);
        characters[3] = Pick(Symbols);
        for (var i = 4; i < Length; i++)
            characters[i] = Pick(any);

        RandomNumberGenerator.Shuffle(characters.AsSpan());
        return new string(characters);
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
