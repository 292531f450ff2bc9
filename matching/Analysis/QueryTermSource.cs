namespace Matching.Engine.Analysis;

/// <summary>Where a term of a query word comes from.</summary>
public enum QueryTermSource
{
    /// <summary>The stem of the word as written.</summary>
    Word,

    /// <summary>The stem of a part of the word, a compound.</summary>
    CompoundPart,

    /// <summary>A synonym, abbreviation or other form of the word from the synonym list.</summary>
    Synonym,

    /// <summary>A term of the index that stands for a misspelt word.</summary>
    Correction,
}
