namespace Matching.Demo;

// The values that templates refer to as {name}; the writers set them once per offer or student.
internal sealed class TextSlots
{
    public string Company { get; set; } = "";

    public string Headcount { get; set; } = "";

    public string Founded { get; set; } = "";

    public string Place { get; set; } = "";

    public string Area { get; set; } = "";

    public string AreaWithArticle { get; set; } = "";

    public string AreaLocative { get; set; } = "";

    public string Function { get; set; } = "";

    public string Role { get; set; } = "";

    public string Qualification { get; set; } = "";

    public int Level { get; set; }

    public string Path { get; set; } = "";

    public int Hours { get; set; }

    public string Allowance { get; set; } = "";

    public string Start { get; set; } = "";

    public string Month { get; set; } = "";

    public int Distance { get; set; }

    public string Cao { get; set; } = "";

    public string Domain { get; set; } = "";

    public string End { get; set; } = "";

    public string Levels { get; set; } = "";

    public string Certificate { get; set; } = "";

    public string Region { get; set; } = "";

    public string Languages { get; set; } = "";

    public string When { get; set; } = "";

    public string HomeLanguage { get; set; } = "";

    public string WhenEnglish { get; set; } = "";
}
