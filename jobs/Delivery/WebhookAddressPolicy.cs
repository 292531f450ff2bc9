using System.Net;
using System.Net.Sockets;

namespace Matching.Jobs.Delivery;

/// <summary>
/// Which network addresses a webhook may reach. A subscription's URL is chosen by its coordinator, so by default
/// only public internet addresses are allowed: not loopback, private (RFC 1918, unique local), link-local (which
/// holds cloud metadata services), carrier-grade NAT, multicast or reserved ranges. The check runs when the
/// connection is made, on the addresses the host name resolves to then, so a name cannot be pointed at an internal
/// address after the subscription was accepted.
/// </summary>
public sealed class WebhookAddressPolicy(bool allowPrivateNetworks, bool allowLoopback)
{
    public static WebhookAddressPolicy From(DeliveryOptions options) => new(options.AllowPrivateNetworks, options.AllowInsecureLoopback);

    public bool Allows(IPAddress address) =>
        allowPrivateNetworks || IsPublic(address) || (allowLoopback && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address));

    /// <summary>SocketsHttpHandler.ConnectCallback: resolves the host, then connects only to an allowed address.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var addresses = await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        var allowed = addresses.Where(Allows).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(addresses.Length == 0
                ? $"{endPoint.Host} does not resolve to any address."
                : $"{endPoint.Host} resolves to a loopback, private or reserved address, which webhooks may not reach.");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>True for a globally routable unicast address.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] is 0 or 10 or 127 or >= 224                      // "this network", private, loopback, multicast and reserved
        || (b[0] == 100 && (b[1] & 0xC0) == 64)               // 100.64.0.0/10, carrier-grade NAT
        || (b[0] == 169 && b[1] == 254)                       // link-local, cloud metadata
        || (b[0] == 172 && (b[1] & 0xF0) == 16)               // 172.16.0.0/12
        || (b[0] == 192 && b[1] == 168)                       // 192.168.0.0/16
        || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)       // IETF protocol assignments, TEST-NET-1
        || (b[0] == 198 && (b[1] & 0xFE) == 18)               // 198.18.0.0/15, benchmarking
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)         // TEST-NET-2
        || (b[0] == 203 && b[1] == 0 && b[2] == 113));        // TEST-NET-3

    private static bool IsPublicV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6Any)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
            || (b[0] & 0xFE) == 0xFC                          // fc00::/7, unique local
            || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) // 2001:db8::/32, documentation
            || address.IsIPv6Teredo || address.IsIPv4MappedToIPv6);
    }
}
