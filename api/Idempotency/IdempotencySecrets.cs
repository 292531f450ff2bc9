using System.Security.Cryptography;
using System.Text;

namespace Matching.Api.Idempotency;

/// <summary>
/// Keys stored responses to the caller's own API key: the fingerprint is an HMAC of the request and
/// the body is AES-GCM encrypted, both under a key derived from the secret the caller presented. The
/// table therefore holds neither readable student text nor a freshly issued API key, and only the
/// same caller can replay.
/// </summary>
internal sealed class IdempotencySecrets
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Purpose = "matching/idempotency/v1"u8.ToArray();

    private readonly byte[] _key;
    private readonly byte[] _associatedData;

    public IdempotencySecrets(string presentedApiKey, string scope, string idempotencyKey)
    {
        _key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(presentedApiKey), Purpose);
        _associatedData = Encoding.UTF8.GetBytes($"{scope}\n{idempotencyKey}");
    }

    public byte[] Fingerprint(string method, string pathAndQuery, string? contentType, byte[] body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(Encoding.UTF8.GetBytes($"{method}\n{pathAndQuery}\n{contentType}\n"));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    public byte[] Seal(byte[] plaintext)
    {
        var sealedBytes = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), _associatedData);
        return sealedBytes;
    }

    public byte[] Open(byte[] sealedBytes)
    {
        var plaintext = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plaintext, _associatedData);
        return plaintext;
    }
}
