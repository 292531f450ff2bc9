using System.Buffers.Binary;
using System.Text;

namespace Matching.Engine.Index;

/// <summary>
/// Reads what an <see cref="IndexOutput"/> wrote, keeping the CRC-32C of every byte read so that
/// <see cref="VerifyChecksum"/> can compare it with the footer.
/// </summary>
/// <remarks>
/// Every read that finds the stream ended, or a value no writer could have written, throws
/// <see cref="InvalidDataException"/>; counts are checked against what a seekable stream has left before anything is
/// allocated for them. Buffers what it reads; it does not own the stream.
/// </remarks>
public sealed class IndexInput
{
    private const int BufferSize = 1 << 16;
    private const int MaxVarLongBytes = 10;

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private readonly long _length;
    private int _position;
    private int _end;
    private int _checked;
    private uint _checksum;
    private long _read;

    /// <summary>Reads from <paramref name="stream"/>, from its current position.</summary>
    /// <param name="stream">A readable stream.</param>
    public IndexInput(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _length = stream.CanSeek ? stream.Length - stream.Position : -1;
    }

    /// <summary>The bytes left to read; <see cref="long.MaxValue"/> when the stream cannot tell.</summary>
    public long Remaining => _length < 0 ? long.MaxValue : _length - _read + (_end - _position);

    /// <summary>Reads one byte.</summary>
    /// <returns>The byte.</returns>
    public byte ReadByte()
    {
        if (_position == _end)
        {
            Fill(1);
        }

        return _buffer[_position++];
    }

    /// <summary>Reads an int written by <see cref="IndexOutput.WriteInt32"/>.</summary>
    /// <returns>The value.</returns>
    public int ReadInt32()
    {
        Fill(sizeof(int));
        var value = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(_position));
        _position += sizeof(int);
        return value;
    }

    /// <summary>Reads a long written by <see cref="IndexOutput.WriteInt64"/>.</summary>
    /// <returns>The value.</returns>
    public long ReadInt64()
    {
        Fill(sizeof(long));
        var value = BinaryPrimitives.ReadInt64LittleEndian(_buffer.AsSpan(_position));
        _position += sizeof(long);
        return value;
    }

    /// <summary>Reads a double written by <see cref="IndexOutput.WriteDouble"/>.</summary>
    /// <returns>The value, bit for bit.</returns>
    public double ReadDouble() => BitConverter.Int64BitsToDouble(ReadInt64());

    /// <summary>Reads an int written by <see cref="IndexOutput.WriteVarInt"/>.</summary>
    /// <returns>The value, at least 0.</returns>
    public int ReadVarInt()
    {
        var value = ReadVarULong();
        return value <= int.MaxValue ? (int)value : throw Corrupt($"a count or number of {value} where at most {int.MaxValue} fits");
    }

    /// <summary>
    /// Fills <paramref name="values"/> with ints written one after the other by <see cref="IndexOutput.WriteVarInt"/>:
    /// as <see cref="ReadVarInt"/> would, one by one, but decoded straight from the buffer.
    /// </summary>
    /// <param name="values">Where to put them.</param>
    public void ReadVarInts(Span<int> values)
    {
        const int MaxVarIntBytes = 5;
        var i = 0;
        while (i < values.Length)
        {
            var buffer = _buffer;
            var position = _position;
            // While a whole value surely lies in the buffer, no byte needs a bounds check of its own.
            var last = _end - MaxVarIntBytes;
            for (; i < values.Length && position <= last; i++)
            {
                uint b = buffer[position++];
                var value = b & 0x7F;
                for (var shift = 7; b >= 0x80; shift += 7)
                {
                    b = buffer[position++];
                    if (shift == 28 && b > 0x07)
                    {
                        _position = position;
                        throw Corrupt($"a count or number where at most {int.MaxValue} fits");
                    }

                    value |= (b & 0x7F) << shift;
                }

                values[i] = (int)value;
            }

            _position = position;
            if (i < values.Length)
            {
                // Near the end of the buffer: one value the careful way, which reads on.
                values[i++] = ReadVarInt();
            }
        }
    }

    /// <summary>Reads a long written by <see cref="IndexOutput.WriteVarLong"/>.</summary>
    /// <returns>The value, at least 0.</returns>
    public long ReadVarLong()
    {
        var value = ReadVarULong();
        return value <= long.MaxValue ? (long)value : throw Corrupt($"a number of {value} where at most {long.MaxValue} fits");
    }

    /// <summary>Reads a long written by <see cref="IndexOutput.WriteZigZagLong"/>.</summary>
    /// <returns>The value.</returns>
    public long ReadZigZagLong()
    {
        var value = ReadVarULong();
        return (long)(value >> 1) ^ -(long)(value & 1);
    }

    /// <summary>
    /// Reads a count written by <see cref="IndexOutput.WriteVarInt"/> of items that take at least
    /// <paramref name="minBytesPerItem"/> each, checked against what the stream has left: a corrupt count fails here
    /// instead of allocating.
    /// </summary>
    /// <param name="minBytesPerItem">The fewest bytes one item is written in (0 for items derived, not read).</param>
    /// <returns>The count.</returns>
    public int ReadCount(int minBytesPerItem)
    {
        var count = ReadVarInt();
        return (long)count * minBytesPerItem <= Remaining ? count : throw Truncated();
    }

    /// <summary>Reads a string written by <see cref="IndexOutput.WriteString"/>.</summary>
    /// <returns>The string.</returns>
    public string ReadString()
    {
        var length = ReadCount(1);
        if (length <= BufferSize)
        {
            Fill(length);
            var value = Encoding.UTF8.GetString(_buffer, _position, length);
            _position += length;
            return value;
        }

        var bytes = new byte[length];
        ReadBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Reads a GUID written by <see cref="IndexOutput.WriteGuid"/>.</summary>
    /// <returns>The GUID.</returns>
    public Guid ReadGuid()
    {
        Fill(16);
        var value = new Guid(_buffer.AsSpan(_position, 16));
        _position += 16;
        return value;
    }

    /// <summary>Fills <paramref name="bytes"/> with the next bytes.</summary>
    /// <param name="bytes">Where to put them.</param>
    public void ReadBytes(Span<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_position == _end)
            {
                Fill(1);
            }

            var count = Math.Min(bytes.Length, _end - _position);
            _buffer.AsSpan(_position, count).CopyTo(bytes);
            _position += count;
            bytes = bytes[count..];
        }
    }

    /// <summary>
    /// Reads the footer that <see cref="IndexOutput.WriteChecksum"/> wrote and compares it with the checksum of the
    /// bytes read before it; the stream must end there.
    /// </summary>
    /// <exception cref="InvalidDataException">The checksums differ, the footer is missing, or bytes follow it.</exception>
    public void VerifyChecksum()
    {
        Absorb();
        var actual = _checksum;
        Fill(sizeof(uint));
        var expected = BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(_position));
        _position += sizeof(uint);
        _checked = _position;
        if (expected != actual)
        {
            throw Corrupt($"checksum {actual:x8} where the footer says {expected:x8}");
        }

        if (_length >= 0 && Remaining != 0)
        {
            throw Corrupt($"{Remaining} bytes after the checksum");
        }
    }

    internal static InvalidDataException Corrupt(string what) => new($"The saved index is corrupt: {what}.");

    private static InvalidDataException Truncated() => new("The saved index ends early: it is truncated or corrupt.");

    private ulong ReadVarULong()
    {
        ulong value = 0;
        for (var shift = 0; shift < MaxVarLongBytes * 7; shift += 7)
        {
            var b = ReadByte();
            if (shift == 63 && b > 1)
            {
                break;
            }

            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw Corrupt("a variable-length number beyond 64 bits");
    }

    // Makes count bytes readable from _position on, reading the stream as needed.
    private void Fill(int count)
    {
        if (_end - _position >= count)
        {
            return;
        }

        Absorb();
        var rest = _end - _position;
        Buffer.BlockCopy(_buffer, _position, _buffer, 0, rest);
        _position = _checked = 0;
        _end = rest;
        while (_end < count)
        {
            var read = _stream.Read(_buffer, _end, BufferSize - _end);
            if (read == 0)
            {
                throw Truncated();
            }

            _end += read;
            _read += read;
        }
    }

    // Adds the bytes read since the last call to the checksum.
    private void Absorb()
    {
        _checksum = Crc32C.Append(_checksum, _buffer.AsSpan(_checked, _position - _checked));
        _checked = _position;
    }
}
