namespace Matching.Api.Alerts;

/// <summary>
/// What one pass of the detector did: the change it reached (the cursor after the pass), how many changes of offers
/// and placements it read, how many offers it found newly open with a free place, and how many alerts it stored.
/// </summary>
internal sealed record AlertDetection(long Cursor, int Changes, int OffersOpened, int AlertsStored);
