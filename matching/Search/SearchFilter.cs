namespace Matching.Engine.Search;

/// <summary>A condition every hit meets; filters never change scores.</summary>
public abstract record SearchFilter
{
    private protected SearchFilter()
    {
    }
}
