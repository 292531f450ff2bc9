using System.ComponentModel;

namespace Matching.Api.Indexing;

/// <summary>The result of comparing this node's match indexes with the database.</summary>
public sealed record IndexConsistencyReport(
    [property: Description("True when both indexes hold exactly the database's documents with the same indexed fields.")] bool Consistent,
    [property: Description("The machine this node runs on.")] string Node,
    [property: Description("The last change of the change sequence this node had applied when it compared.")] long AppliedSeq,
    [property: Description("The last change in the database when it compared.")] long DatabaseSeq,
    [property: Description("Open offers.")] IndexComparison Offers,
    [property: Description("Seeking students.")] IndexComparison Students);
