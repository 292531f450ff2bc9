using Npgsql;

namespace Matching.Jobs.Data;

/// <summary>
/// Builds a parameterised WHERE clause from optional filters: each condition names its value as
/// {0}, which becomes the next positional parameter ($1, $2, ...). Values never enter the SQL text.
/// Public: the API's list queries build their filters with it too.
/// </summary>
public sealed class SqlFilter
{
    private readonly List<string> _conditions = [];
    private readonly List<NpgsqlParameter> _parameters = [];

    public SqlFilter Where(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    public SqlFilter Where<T>(string condition, T value)
    {
        _parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        _conditions.Add(condition.Replace("{0}", $"${_parameters.Count}", StringComparison.Ordinal));
        return this;
    }

    /// <summary>Adds the condition only when the value is present.</summary>
    public SqlFilter WhereIf<T>(string condition, T? value) where T : struct =>
        value is { } present ? Where(condition, present) : this;

    public SqlFilter WhereIf(string condition, string? value) =>
        value is not null ? Where(condition, value) : this;

    public string Clause => _conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _conditions);

    /// <summary>The placeholder the next parameter will get, for LIMIT and OFFSET.</summary>
    public string NextPlaceholder(int skip = 0) => $"${_parameters.Count + 1 + skip}";

    /// <summary>Copies the filter's parameters into a command's collection, in order.</summary>
    public void AddTo(NpgsqlParameterCollection parameters)
    {
        foreach (var parameter in _parameters)
        {
            parameters.Add(parameter.Clone());
        }
    }
}
