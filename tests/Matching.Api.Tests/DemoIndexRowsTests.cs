using Matching.Api.Indexing;
using Matching.Api.Reference;
using Matching.Demo;
using Matching.Tests.Service;
using Matching.Tests;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matching.Api.Tests;

// The engine benchmarks build their indexes from DemoIndexRows instead of the database: these must be the
// very rows the service's start-up load reads once the same dataset is in PostgreSQL.
public sealed class DemoIndexRowsTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task Rows_computed_in_memory_equal_the_rows_the_index_loads_from_the_database()
    {
        var reference = App.Services.GetRequiredService<ReferenceDataSet>();
        var dataset = DemoDataGenerator.Generate(reference, new DemoOptions
        {
            RegionCodes = ["rijnmond", "groot-amsterdam"], Schools = 3, Students = 300, Companies = 80, Offers = 200,
        });
        var dataSource = App.Services.GetRequiredService<NpgsqlDataSource>();
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await DemoDatasetWriter.WriteAsync(connection, dataset, CancellationToken.None);
        }

        var source = new IndexSource(dataSource);
        var offers = await source.OpenOffersAsync(CancellationToken.None).ToDictionaryAsync(row => row.Id);
        var students = await source.SeekingStudentsAsync(CancellationToken.None).ToDictionaryAsync(row => row.Id);

        var expectedOffers = DemoIndexRows.Offers(dataset).Where(row => row.Open).ToList();
        var expectedStudents = DemoIndexRows.Students(dataset).Where(row => row.Seeking).ToList();
        Assert.Equal(dataset.Offers.Count, offers.Count);
        Assert.Equal(expectedOffers.Count, offers.Count);
        Assert.Equal(expectedStudents.Count, students.Count);
        Assert.Contains(expectedOffers, row => row.AccreditedCrebos.Length > 0);
        foreach (var expected in expectedOffers)
        {
            var loaded = offers[expected.Id];
            Assert.Equal(Comparable(expected), Comparable(loaded));
            Assert.Equal(expected.Crebos, loaded.Crebos);
            Assert.Equal(expected.AccreditedCrebos, loaded.AccreditedCrebos.Order());
        }

        foreach (var expected in expectedStudents)
        {
            var loaded = students[expected.Id];
            Assert.Equal(expected with { PreferredSectors = [] }, loaded with { PreferredSectors = [] });
            Assert.Equal(expected.PreferredSectors, loaded.PreferredSectors);
        }
    }

    // Arrays compare by reference in records, so they are compared apart.
    private static OfferIndexRow Comparable(OfferIndexRow row) => row with { Crebos = [], AccreditedCrebos = [] };
}
