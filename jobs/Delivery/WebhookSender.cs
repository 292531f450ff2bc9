using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Matching.Jobs.Reports;

namespace Matching.Jobs.Delivery;

/// <summary>
/// POSTs a report or a batch of offer alerts as JSON to a subscription's webhook, signed (see docs/webhooks.md). Any 2xx answer delivers it;
/// anything else, a redirect included, is a failed attempt. The client comes from IHttpClientFactory with the
/// timeout of Delivery:WebhookTimeoutSeconds and without automatic redirects.
/// </summary>
public sealed class WebhookSender(HttpClient http, TimeProvider clock)
{
    public const string TimestampHeader = "X-Matching-Timestamp";
    public const string SignatureHeader = "X-Matching-Signature";
    public const string DeliveryHeader = "X-Matching-Delivery";
    public const string EventHeader = "X-Matching-Event";
    public const string ReportEvent = "shortfall-report";
    public const string OfferAlertsEvent = "offer-alerts";

    // The same JSON as GET /v1/reports/{isoWeek}.
    public Task SendAsync(Guid deliveryId, string url, string secret, ShortfallReport report, CancellationToken cancellationToken) =>
        SendAsync(deliveryId, url, secret, ReportEvent, JsonSerializer.SerializeToUtf8Bytes(report, JsonSerializerOptions.Web), cancellationToken);

    /// <summary>POSTs <paramref name="body"/> (JSON), signed as these exact bytes, as an <paramref name="eventName"/> event.</summary>
    public async Task SendAsync(Guid deliveryId, string url, string secret, string eventName, byte[] body, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, WebhookSignature.Compute(secret, timestamp, body));
        // Stable across retries of the same delivery, so a receiver can drop a copy it already has.
        request.Headers.Add(DeliveryHeader, deliveryId.ToString());
        request.Headers.Add(EventHeader, eventName);
        HttpResponseMessage response;
        try
        {
            // Headers only: the answer's body is not needed, and a receiver cannot make us buffer a large one.
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new DeliveryFailedException($"The webhook could not be reached: {exception.Message}", innerException: exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DeliveryFailedException(
                string.Create(CultureInfo.InvariantCulture, $"The webhook did not answer within {http.Timeout.TotalSeconds:0} s."), innerException: exception);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new DeliveryFailedException(
                    string.Create(CultureInfo.InvariantCulture, $"The webhook answered {(int)response.StatusCode} {response.ReasonPhrase}."));
            }
        }
    }
}
