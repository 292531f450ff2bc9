using Matching.Api.Reference;

namespace Matching.Api.Tests;

/// <summary>Successors of expired qualifications, derived from the shipped SBB list (no database).</summary>
public sealed class QualificationSuccessorsTests
{
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Embedded;
    private static readonly QualificationSuccessors Successors = new(Reference);

    [Theory]
    [InlineData(10011, 25775)] // Groepsleider Magazijn: Logistiek teamleider is the only trade at level 3 (25372 and 25775), the newest wins
    [InlineData(10010, 25153)] // Eerste Verkoper: several trades at its level, one of them of its own name
    [InlineData(90250, 25774)] // Logistiek medewerker, expired: its own name, newest version
    public void An_expired_qualification_has_the_current_one_of_its_dossier_and_level_as_successor(int expired, int successor)
    {
        var found = Successors.TryGetSuccessor(expired, out var qualification);

        Assert.True(found);
        Assert.Equal(successor, qualification!.Crebo);
        Assert.True(qualification.Current);
    }

    [Theory]
    [InlineData(10021)] // Magazijnmedewerker: Logistiek medewerker and Parts-/baliemedewerker share its dossier and level
    [InlineData(25371)] // a current qualification has no successor, even when a newer version exists
    public void A_qualification_without_one_unambiguous_current_successor_has_none(int crebo)
    {
        var found = Successors.TryGetSuccessor(crebo, out _);

        Assert.False(found);
    }

    [Theory]
    [InlineData(25371, 25774)] // Logistiek medewerker, renumbered
    [InlineData(25372, 25775)] // Logistiek teamleider, renumbered
    public void A_current_qualification_that_SBB_renumbered_has_the_newer_crebo_as_its_revision(int older, int newer)
    {
        Assert.True(Successors.TryGetRevision(older, out var revision));
        Assert.Equal(newer, revision!.Crebo);
        Assert.True(Successors.TryGetNewer(older, out var same));
        Assert.Same(revision, same);
    }

    [Theory]
    [InlineData(25774)] // the newest Logistiek medewerker
    [InlineData(90250)] // expired: a successor, not a revision
    public void The_newest_crebo_of_a_name_and_an_expired_one_have_no_revision(int crebo)
    {
        Assert.False(Successors.TryGetRevision(crebo, out _));
    }

    [Fact]
    public void A_successor_is_of_the_same_dossier_and_level_and_about_a_third_of_the_expired_qualifications_have_one()
    {
        var expired = Reference.Qualifications.Where(q => !q.Current).ToList();

        var pairs = expired.Where(q => Successors.TryGetSuccessor(q.Crebo, out _))
            .Select(q => (Expired: q, Successor: Successors.TryGetSuccessor(q.Crebo, out var s) ? s : null!)).ToList();

        Assert.All(pairs, p => Assert.Equal((p.Expired.Dossier, p.Expired.Level), (p.Successor.Dossier, p.Successor.Level)));
        Assert.Equal(Successors.Count, pairs.Count);
        Assert.InRange(pairs.Count, expired.Count / 4, expired.Count / 2);
    }

    [Fact]
    public void Qualification_synonym_rules_read_equivalents_one_way_rules_and_comments_in_solr_format()
    {
        var rules = SynonymRules.Parse("# a comment\npmk, Pedagogisch medewerker kinderopvang\n\nmz => mz, maatschappelijke zorg\n");

        Assert.Equal(2, rules.Count);
        Assert.Equal([["pmk"], ["pedagogisch", "medewerker", "kinderopvang"]], rules[0].Inputs);
        Assert.Equal(rules[0].Inputs, rules[0].Outputs);
        Assert.Equal([["mz"]], rules[1].Inputs);
        Assert.Equal([["mz"], ["maatschappelijke", "zorg"]], rules[1].Outputs);
    }
}
