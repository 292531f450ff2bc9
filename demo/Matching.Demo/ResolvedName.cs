using Matching.Api.Reference;

namespace Matching.Demo;

// One qualification name of a role as found in the reference list. SBB sometimes keeps two current crebos
// under one name (a revised dossier); Crebos holds them newest first.
internal sealed record ResolvedName(string Name, string Display, int Level, int Weight, Qualification[] Crebos);
