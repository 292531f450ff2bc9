using System.Net;
using System.Net.Sockets;
using Matching.Jobs.Delivery;

namespace Matching.Jobs.Tests.Delivery;

public sealed class WebhookAddressPolicyTests
{
    [Theory]
    [InlineData("93.184.215.14", true)]
    [InlineData("145.97.39.155", true)]
    [InlineData("2a00:1450:400e:80e::200e", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.0.0.8", false)]
    [InlineData("172.16.4.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("100.128.0.1", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.251", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("198.18.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("ff02::1", false)]
    [InlineData("2001:db8::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("::ffff:93.184.215.14", true)]
    public void Only_globally_routable_addresses_are_public(string address, bool expected)
    {
        Assert.Equal(expected, WebhookAddressPolicy.IsPublic(IPAddress.Parse(address)));
    }

    [Fact]
    public async Task A_host_name_that_resolves_to_loopback_is_refused_when_connecting()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = ClientWith(new WebhookAddressPolicy(allowPrivateNetworks: false, allowLoopback: false));

        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"http://localhost:{port}/hooks"));

        Assert.Contains("resolves to a loopback, private or reserved address", exception.ToString());
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task Loopback_is_reached_where_it_is_allowed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = ClientWith(new WebhookAddressPolicy(allowPrivateNetworks: false, allowLoopback: true));

        var request = client.GetAsync($"http://127.0.0.1:{port}/hooks");
        using (var accepted = await listener.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(10)))
        {
            var stream = accepted.GetStream();
            using var reader = new StreamReader(stream, leaveOpen: true);
            while (await reader.ReadLineAsync() is { Length: > 0 })
            {
                // The request's headers, up to the empty line.
            }
            await stream.WriteAsync("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray());
        }

        using var response = await request;
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private static HttpClient ClientWith(WebhookAddressPolicy policy) =>
        new(new SocketsHttpHandler { ConnectCallback = policy.ConnectAsync, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };
}
