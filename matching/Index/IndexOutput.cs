using System.Buffers.Binary;
using System.Text;

namespace Matching.Engine.Index;

/// <summary>
/// Writes a saved index (<see cref="IndexSnapshot.WriteTo"/>) and whatever a caller keeps with it to a stream, like
/// Lucene's <c>DataOutput</c>: little-endian fixed-width numbers, variable-length integers (7 bits a byte), UTF-8
/// strings, and a CRC-32C of everything written, appended by <see cref="WriteChecksum"/>.
/// </summary>
/// <remarks>Buffers what it writes; <see cref="WriteChecksum"/> flushes. It does not own the stream.</remarks>
public sealed class IndexOutput
{
    private const int BufferSize = 1 << 16;
    private const int MaxVarLongBytes = 10;

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _position;
    private uint _checksum;
    private long _flushed;

    /// <summary>Writes to <paramref name="stream"/>.</summary>
    /// <param name="stream">A writable stream.</param>
    public IndexOutput(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    /// <summary>The number of bytes written so far.</summary>
    public long Length => _flushed + _position;

    /// <summary>Writes one byte.</summary>
    /// <param name="value">The byte.</param>
    public void WriteByte(byte value)
    {
        Reserve(1);
        _buffer[_position++] = value;
    }

    /// <summary>Writes an int in four bytes.</summary>
    /// <param name="value">The value.</param>
    public void WriteInt32(int value)
    {
        Reserve(sizeof(int));
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_position), value);
        _position += sizeof(int);
    }

    /// <summary>Writes a long in eight bytes.</summary>
    /// <param name="value">The value.</param>
    public void WriteInt64(long value)
    {
        Reserve(sizeof(long));
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_position), value);
        _position += sizeof(long);
    }

    /// <summary>Writes a double in eight bytes, bit for bit (NaN included).</summary>
    /// <param name="value">The value.</param>
    public void WriteDouble(double value) => WriteInt64(BitConverter.DoubleToInt64Bits(value));

    /// <summary>Writes a non-negative int in one to five bytes: small values take less.</summary>
    /// <param name="value">The value, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public void WriteVarInt(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        WriteVarLong(value);
    }

    /// <summary>Writes a non-negative long in one to ten bytes: small values take less.</summary>
    /// <param name="value">The value, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public void WriteVarLong(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        WriteVarULong((ulong)value);
    }

    /// <summary>Writes any long in one to ten bytes, small magnitudes (negative ones too) taking less (zig-zag).</summary>
    /// <param name="value">The value.</param>
    public void WriteZigZagLong(long value) => WriteVarULong((ulong)((value << 1) ^ (value >> 63)));

    private void WriteVarULong(ulong rest)
    {
        Reserve(MaxVarLongBytes);
        while (rest >= 0x80)
        {
            _buffer[_position++] = (byte)(rest | 0x80);
            rest >>= 7;
        }

        _buffer[_position++] = (byte)rest;
    }

    /// <summary>Writes a string as its UTF-8 length and bytes.</summary>
    /// <param name="value">The string.</param>
    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var length = Encoding.UTF8.GetByteCount(value);
        WriteVarInt(length);
        if (length <= BufferSize)
        {
            Reserve(length);
            _position += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_position));
            return;
        }

        WriteBytes(Encoding.UTF8.GetBytes(value));
    }

    /// <summary>Writes a GUID in sixteen bytes.</summary>
    /// <param name="value">The GUID.</param>
    public void WriteGuid(Guid value)
    {
        Reserve(16);
        value.TryWriteBytes(_buffer.AsSpan(_position));
        _position += 16;
    }

    /// <summary>Writes bytes as they are (no length).</summary>
    /// <param name="bytes">The bytes.</param>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_position == BufferSize)
            {
                FlushBuffer();
            }

            var count = Math.Min(bytes.Length, BufferSize - _position);
            bytes[..count].CopyTo(_buffer.AsSpan(_position));
            _position += count;
            bytes = bytes[count..];
        }
    }

    /// <summary>
    /// Appends the CRC-32C of everything written so far (four bytes, not themselves checksummed) and flushes to the
    /// stream: the footer that <see cref="IndexInput.VerifyChecksum"/> checks.
    /// </summary>
    public void WriteChecksum()
    {
        FlushBuffer();
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer, _checksum);
        _stream.Write(_buffer, 0, sizeof(uint));
        _flushed += sizeof(uint);
        _stream.Flush();
    }

    private void Reserve(int count)
    {
        if (_position + count > BufferSize)
        {
            FlushBuffer();
        }
    }

    private void FlushBuffer()
    {
        _checksum = Crc32C.Append(_checksum, _buffer.AsSpan(0, _position));
        _stream.Write(_buffer, 0, _position);
        _flushed += _position;
        _position = 0;
    }
}
