namespace GovServices.Payments.Domain;

/// <summary>A payer's name for people who hold only a receipt code: the first letter of each word (<c>S*** R*********</c>).</summary>
internal static class PayerName
{
    public static string Mask(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => word.Length <= 1 ? word : word[0] + new string('*', word.Length - 1)));
}
