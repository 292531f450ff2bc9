namespace Matching.Engine.Search;

// Which side leads text that decides the matches (ConjunctionLead). Searches use Cheapest; tests compare it and Always
// with Scan, the term-at-a-time scan of all postings that leading replaces, which must give the same answers.
internal enum LeadPolicy
{
    // Always the scan.
    Scan,

    // The side that reads the least, by the costs known up front.
    Cheapest,

    // A keyword filter or the rarest required term whenever there is one, however long its postings.
    Always,
}
