namespace Matching.Demo;

// The README's walkthrough: its student (Logistiek medewerker, level 2, BOL, in PC4 3072 Rotterdam-Zuid) must find the
// offer that the demo company key posts, so that key belongs to a leerbedrijf accredited for this crebo near that PC4.
internal static class DemoWalkthrough
{
    public const int Crebo = 25774;

    public const string LearningPath = "BOL";

    public const int Pc4 = 3072;
}
