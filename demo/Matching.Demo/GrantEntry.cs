using Matching.Api.Reference;

namespace Matching.Demo;

// One accreditation as the offer generator sees it; Valid is false when it expired before today.
internal sealed record GrantEntry(Qualification Qualification, ResolvedName Name, string Path, bool Valid);
