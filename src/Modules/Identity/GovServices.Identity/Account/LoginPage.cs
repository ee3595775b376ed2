using System.Text.Encodings.Web;

namespace GovServices.Identity.Account;

/// <summary>The sign-in form, server-rendered: no script, works on any phone browser.</summary>
internal static class LoginPage
{
    public static string Render(string antiforgeryField, string antiforgeryToken, string returnUrl, string? userName, string? message)
    {
        var encoder = HtmlEncoder.Default;
        var notice = message is null ? "" : $"""<p class="notice" role="alert">{encoder.Encode(message)}</p>""";
        return $$"""
            <!DOCTYPE html>
            <html lang="id">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Masuk — Layanan Kota Bontang</title>
              <style>
                body { font-family: system-ui, sans-serif; max-width: 24rem; margin: 3rem auto; padding: 0 1rem; color: #1a1a1a; }
                label { display: block; margin-top: 1rem; font-weight: 600; }
                input { width: 100%; padding: .6rem; font-size: 1rem; box-sizing: border-box; }
                button { margin-top: 1.5rem; width: 100%; padding: .7rem; font-size: 1rem; background: #0b5394; color: #fff; border: 0; border-radius: 4px; }
                .notice { background: #fde8e8; padding: .7rem; border-radius: 4px; }
                small { color: #555; }
              </style>
            </head>
            <body>
              <h1>Masuk <small>/ Sign in</small></h1>
              {{notice}}
              <form method="post" action="{{IdentityApiPaths.Login}}">
                <input type="hidden" name="{{encoder.Encode(antiforgeryField)}}" value="{{encoder.Encode(antiforgeryToken)}}">
                <input type="hidden" name="returnUrl" value="{{encoder.Encode(returnUrl)}}">
                <label for="userName">Nama pengguna atau email <small>/ Username or email</small></label>
                <input id="userName" name="userName" autocomplete="username" required value="{{encoder.Encode(userName ?? "")}}">
                <label for="password">Kata sandi <small>/ Password</small></label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <button type="submit">Masuk / Sign in</button>
              </form>
            </body>
            </html>
            """;
    }
}
