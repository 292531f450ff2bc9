namespace Matching.Engine.Search;

// One term query after analysis and merging, with its statistics for this search.
internal sealed class ClausePlan(int field, string fieldName, string term, Occur occur, float boost, string? written)
{
    public int Field { get; } = field;

    public string FieldName { get; } = fieldName;

    public string Term { get; } = term;

    // The word as written that the term stands for, for explanations.
    public string? Written { get; } = written;

    public Occur Occur { get; set; } = occur;

    public float Boost { get; set; } = boost;

    public long DocFreq { get; set; }

    public float Idf { get; set; }

    // boost * idf, in float, as Lucene's BM25Scorer.
    public float Weight { get; set; }

    public bool IsRequired => Occur is Occur.Must or Occur.Filter;

    public bool IsScoring => Occur is Occur.Must or Occur.Should;
}
