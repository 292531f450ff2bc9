namespace Matching.Api.Indexing;

/// <summary>The field names of the two match indexes, shared by the documents and the queries.</summary>
internal static class IndexFields
{
    public const string Title = "title";
    public const string Requirements = "requirements";
    public const string Description = "description";
    public const string FreeText = "freeText";

    public const string Crebo = "crebo";
    public const string AccreditedCrebo = "accreditedCrebo";
    public const string LearningPath = "learningPath";
    public const string Sector = "sector";
    public const string Region = "region";
    public const string Company = "company";
    public const string School = "school";
    public const string PreferredSector = "preferredSector";
    public const string Levels = "levels";

    public const string Level = "level";
    public const string LevelMin = "levelMin";
    public const string LevelMax = "levelMax";
    public const string Start = "start";
    public const string End = "end";
    public const string FreePlaces = "freePlaces";
    public const string AvailableFrom = "availableFrom";
    public const string AvailableUntil = "availableUntil";
    public const string MaxDistanceKm = "maxDistanceKm";
}
