using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace Matching.Api.Scheduling;

/// <summary>
/// The dashboard's sign-in page: a plain form POST with an antiforgery field, no script and nothing loaded from
/// elsewhere, so it works under the dashboard's Content-Security-Policy as it is.
/// </summary>
internal static class DashboardSignInPage
{
    private const string Style = """
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d2939; }
        main { max-width: 24rem; margin: 10vh auto; padding: 2rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 4px #0002; }
        h1 { font-size: 1.4rem; margin: 0 0 1rem; }
        label { display: block; font-weight: 600; margin-bottom: .25rem; }
        input[type=password] { box-sizing: border-box; width: 100%; padding: .5rem; font: inherit; border: 1px solid #98a2b3; border-radius: 4px; }
        button { margin-top: 1rem; padding: .5rem 1.25rem; font: inherit; color: #fff; background: #1f6feb; border: 0; border-radius: 4px; cursor: pointer; }
        .error { color: #b42318; background: #fef3f2; padding: .5rem .75rem; border-radius: 4px; }
        """;

    /// <param name="tokens">The antiforgery tokens for this response's forms.</param>
    /// <param name="message">An error to show; a fixed text, never anything the request sent.</param>
    /// <param name="signedInRole">The role of the current session, when there is one: the page then offers to sign out.</param>
    public static string Render(AntiforgeryTokenSet tokens, string? message, string? signedInRole)
    {
        var html = HtmlEncoder.Default;
        var antiforgery = $"""<input type="hidden" name="{html.Encode(tokens.FormFieldName)}" value="{html.Encode(tokens.RequestToken ?? "")}">""";
        var error = message is null ? "" : $"""<p class="error" role="alert">{html.Encode(message)}</p>""";
        var body = signedInRole is not null
            ? $"""
                <p>Signed in as {html.Encode(signedInRole)}. <a href="{JobsDashboard.DashboardPath}">Open the dashboard</a></p>
                {error}
                <form method="post" action="{JobsDashboard.SignOutPath}">
                  {antiforgery}
                  <button type="submit">Sign out</button>
                </form>
                """
            : $"""
                <p>Sign in with an admin or coordinator API key.</p>
                {error}
                <form method="post" action="{JobsDashboard.SignInPath}" autocomplete="off">
                  {antiforgery}
                  <label for="key">API key</label>
                  <input id="key" name="{DashboardSignIn.KeyField}" type="password" required autofocus autocomplete="off" spellcheck="false">
                  <button type="submit">Sign in</button>
                </form>
                """;
        return $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in · Matching jobs</title>
            <link rel="icon" href="data:,">
            <style>{Style}</style>
            </head>
            <body>
            <main>
            <h1>Matching jobs dashboard</h1>
            {body}
            </main>
            </body>
            </html>
            """;
    }
}
