using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;

namespace GovServices.Identity.Clients;

/// <summary>Rules that creating and updating a client share.</summary>
internal static class ClientValidationRules
{
    public const int MaxDisplayNameLength = 200;

    private static readonly string[] LoopbackHosts = ["127.0.0.1", "localhost", "[::1]"];

    public static IRuleBuilderOptions<T, string> DisplayNameRules<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(MaxDisplayNameLength);

    /// <summary>At least one scope, each one of the API's (<see cref="ApiScopeCatalogue"/>).</summary>
    public static void ScopeRules<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule, ApiScopeCatalogue scopes) =>
        rule.NotEmpty()
            .ForEach(scope => scope
                .Must(scopes.Contains)
                .WithMessage(scope => Bilingual.Pick(
                    $"'{scope}' is not a scope of this API; allowed: {string.Join(", ", scopes.Names)}.",
                    $"'{scope}' bukan cakupan (scope) API ini; yang diizinkan: {string.Join(", ", scopes.Names)}.")));

    /// <summary>
    /// Where a browser may be sent with a code: an absolute https URI, or http only on this machine (native apps and
    /// local development, RFC 8252 §7.3). No fragment: the code travels in the query.
    /// </summary>
    public static void RedirectUriRules<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.ForEach(uri => uri
            .NotEmpty()
            .Must(IsAcceptableRedirectUri)
            .WithMessage(uri => Bilingual.Pick(
                $"'{uri}' must be an absolute https URI (http only for 127.0.0.1 or localhost) without a fragment.",
                $"'{uri}' harus berupa URI https lengkap (http hanya untuk 127.0.0.1 atau localhost) tanpa fragmen.")));

    public static bool IsAcceptableRedirectUri(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && string.IsNullOrEmpty(uri.Fragment)
        && !text.Contains('#', StringComparison.Ordinal)
        && string.IsNullOrEmpty(uri.UserInfo)
        && (uri.Scheme == Uri.UriSchemeHttps
            || (uri.Scheme == Uri.UriSchemeHttp && LoopbackHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase)));
}
