using Matching.Api.Reference;

namespace Matching.Demo;

// Builds a realistic, pseudonymous demo dataset for one or more labour-market regions: schools, students,
// accredited companies and their offers. Pure and deterministic: the same reference data and options give
// the same dataset, byte for byte, and the cost is linear in the sizes asked for.
public static class DemoDataGenerator
{
    public static DemoDataset Generate(ReferenceDataSet reference, DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);

        var geography = DemoGeography.Create(reference, options.RegionCodes);
        var catalog = DemoCatalog.Resolve(reference, options.AllQualifications);

        // Each part draws from its own stream, so asking for more students does not change the companies or offers.
        var master = new Random(options.Seed);
        var (schoolSeed, companySeed, offerSeed, studentSeed) = (master.Next(), master.Next(), master.Next(), master.Next());

        var schools = SchoolFactory.Create(options.Schools, geography, new DemoRandom(schoolSeed));
        var companies = CompanyFactory.Create(options.Companies, catalog, geography, reference, options.Today, new DemoRandom(companySeed));
        var offers = OfferFactory.Create(options.Offers, companies.Plans, geography, options.Today, new DemoRandom(offerSeed));
        var students = StudentFactory.Create(options.Students, schools, catalog, geography, options.Today, new DemoRandom(studentSeed));

        return new DemoDataset([.. schools.Select(s => s.School)], students, companies.Companies, companies.Accreditations, offers);
    }

    private static void Validate(DemoOptions options)
    {
        if (options.Schools < 0 || options.Students < 0 || options.Companies < 0 || options.Offers < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Counts cannot be negative.");
        }
        if (options.Students > 0 && options.Schools == 0)
        {
            throw new ArgumentException("Students need at least one school.", nameof(options));
        }
        if (options.Offers > 0 && options.Companies == 0)
        {
            throw new ArgumentException("Offers need at least one company.", nameof(options));
        }
        if (options.Schools > SchoolFactory.MaxSchools)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"At most {SchoolFactory.MaxSchools} distinct BRIN codes exist.");
        }
    }
}
