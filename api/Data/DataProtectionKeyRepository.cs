using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Matching.Api.Data;

/// <summary>
/// Data Protection's key ring in the service's database, shared by every node. The key manager reads it when it first
/// needs a key and then caches it (refreshing daily), and writes a key about every 90 days, so the synchronous calls
/// that <see cref="IXmlRepository"/> requires stay off the request path almost always. The keys are stored as Data
/// Protection writes them (unencrypted XML, as in its default file store): whoever reads this table can forge sessions.
/// </summary>
internal sealed class DataProtectionKeyRepository(NpgsqlDataSource dataSource) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = dataSource.CreateCommand("SELECT xml FROM data_protection_keys ORDER BY created_at, name");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }
        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        // Names are "key-<guid>": a clash can only be the same key stored twice.
        using var command = dataSource.CreateCommand("INSERT INTO data_protection_keys (name, xml) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = friendlyName });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = element.ToString(SaveOptions.DisableFormatting) });
        command.ExecuteNonQuery();
    }
}
