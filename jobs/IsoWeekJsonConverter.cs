using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matching.Jobs;

/// <summary>An <see cref="IsoWeek"/> in JSON is its written form, "2026-W48", as the API has always sent it.</summary>
public sealed class IsoWeekJsonConverter : JsonConverter<IsoWeek>
{
    public override IsoWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && IsoWeek.TryParse(reader.GetString(), out var week)
            ? week
            : throw new JsonException($"An ISO week is a string such as {IsoWeek.Example}.");

    public override void Write(Utf8JsonWriter writer, IsoWeek value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
