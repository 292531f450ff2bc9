namespace Matching.Tests;

// One throwaway PostgreSQL cluster per test run, shared by every class in the collection.
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
