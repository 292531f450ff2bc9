namespace Matching.Api.Alerts;

/// <summary>
/// What one pass of the detector did: the change it reached (the cursor after the pass), how many changes of offers
/// and placements it read, how many offers it found newly open with a free place, how many alerts it stored, and the
/// schools whose next batch it marked (those with new alerts and no batch waiting yet).
/// </summary>
internal sealed record AlertDetection(long Cursor, int Changes, int OffersOpened, int AlertsStored, IReadOnlyList<DueBatch> Batches);
