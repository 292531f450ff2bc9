namespace Matching.Tests;

// The classes that must run alone: they read what is process-wide (the meters and activity sources every host in the
// process shares, so another host's requests would show in their counts), or they start and stop the service in ways
// a neighbour would feel. xunit runs this collection after the others, one class at a time; every other class runs
// side by side with its neighbours (PostgresServer shares one cluster among them all).
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
